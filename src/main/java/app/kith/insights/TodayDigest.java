package app.kith.insights;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The digest being built for one day; contributions add items, Today orders and trims them. */
public final class TodayDigest {
    /** Bridges listed in a day's digest: a few gentle steps, not every strained relationship at once. */
    static final int BRIDGES_SHOWN = 10;
    /** Things coming up listed in a day's digest; with thousands of people, birthdays alone could fill pages. */
    static final int UPCOMING_SHOWN = 20;
    /** Items listed in each other section (note cards, invitations, achievements, conferences). */
    static final int SECTION_SHOWN = 10;
    /** Meetings prepared in a day's digest: the soonest few, each costly to prepare. */
    public static final int PREP_SHOWN = 5;

    private final LocalDate date;
    private final ZoneId zone;
    private final Instant start;
    private final int reachOutLimit;
    private final List<MeetingPrep> prep = new ArrayList<>();
    private int prepNotAdded;
    private int reachOutNotAdded;
    private final List<ReachOut> reachOut = new ArrayList<>();
    private final List<Ranked> upcoming = new ArrayList<>();
    private final List<Object> noteCards = new ArrayList<>();
    private final List<BridgeItem> bridges = new ArrayList<>();
    private final Map<String, List<Object>> sections = new LinkedHashMap<>();

    TodayDigest(LocalDate date, ZoneId zone, Instant start, int reachOutLimit) {
        this.date = date;
        this.zone = zone;
        this.start = start;
        this.reachOutLimit = reachOutLimit;
    }

    /** The day the digest is for; contributions compute for this day, never for the clock's. */
    public LocalDate date() {
        return date;
    }

    /** The account's time zone, which {@link #date()} and {@link #start()} are counted in. */
    public ZoneId zone() {
        return zone;
    }

    /**
     * The moment the digest looks ahead from: now, when the digest is for today in the account's zone;
     * else the start of its day there (the same day then always gives the same digest).
     */
    public Instant start() {
        return start;
    }

    /** A meeting prepared for; contributions add the soonest {@link #PREP_SHOWN} of theirs, soonest first. */
    public void prep(MeetingPrep item) {
        prep.add(item);
    }

    /** Counts meetings coming up that a contribution did not prepare because they come later. */
    public void prepNotAdded(int count) {
        prepNotAdded += count;
    }

    /** How many reachOut items the digest will list; a contribution may add only its most pressing ones. */
    public int reachOutLimit() {
        return reachOutLimit;
    }

    public void reachOut(ReachOut item) {
        reachOut.add(item);
    }

    /** Counts people due whom a contribution left out because they rank below the limit. */
    public void reachOutNotAdded(int count) {
        reachOutNotAdded += count;
    }

    /** Something dated the user chose to attend or follow: kept before birthdays when the list is trimmed. */
    public void upcoming(Upcoming item) {
        upcoming(item, 0);
    }

    /** Something coming up, kept before items of a higher {@code rank} when the list is trimmed. */
    void upcoming(Upcoming item, int rank) {
        upcoming.add(new Ranked(item, rank));
    }

    /** A handwritten note due, in the note-card module's own shape. */
    public void noteCard(Object item) {
        noteCards.add(item);
    }

    public void bridge(BridgeItem item) {
        bridges.add(item);
    }

    /** An item of a section Today has no fixed key for (e.g. {@code invitations}), kept in the order added. */
    public void section(String name, Object item) {
        sections.computeIfAbsent(name, k -> new ArrayList<>()).add(item);
    }

    Today build() {
        List<ReachOut> ranked = reachOut.stream()
                .sorted(Comparator.comparingDouble(ReachOut::priority).reversed()
                        .thenComparing(r -> r.person().name()).thenComparing(r -> r.person().id()))
                .toList();
        Comparator<Upcoming> byDate = Comparator.comparing(Upcoming::date).thenComparing(Upcoming::title);
        List<Upcoming> soonest = upcoming.stream()
                .sorted(Comparator.comparingInt(Ranked::rank).thenComparing(Ranked::item, byDate))
                .limit(UPCOMING_SHOWN).map(Ranked::item).sorted(byDate).toList();
        List<BridgeItem> orderedBridges = bridges.stream()
                .sorted(Comparator.comparing(TodayDigest::bridgeDay, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(b -> b.person().name()).thenComparing(b -> b.person().id()))
                .toList();
        int bridgesShown = Math.min(BRIDGES_SHOWN, orderedBridges.size());
        int shown = Math.min(reachOutLimit, ranked.size());
        Map<String, List<Object>> listed = new LinkedHashMap<>();
        Map<String, Integer> notListed = new LinkedHashMap<>();
        sections.forEach((name, items) -> {
            listed.put(name, first(items));
            if (items.size() > SECTION_SHOWN) {
                notListed.put(name, items.size() - SECTION_SHOWN);
            }
        });
        int prepShown = Math.min(PREP_SHOWN, prep.size());
        return new Today(date, List.copyOf(prep.subList(0, prepShown)), prep.size() - prepShown + prepNotAdded,
                List.copyOf(ranked.subList(0, shown)), ranked.size() - shown + reachOutNotAdded, soonest,
                upcoming.size() - soonest.size(), first(noteCards), Math.max(0, noteCards.size() - SECTION_SHOWN),
                List.copyOf(orderedBridges.subList(0, bridgesShown)), orderedBridges.size() - bridgesShown, listed,
                notListed);
    }

    private static List<Object> first(List<Object> items) {
        return List.copyOf(items.subList(0, Math.min(SECTION_SHOWN, items.size())));
    }

    private record Ranked(Upcoming item, int rank) {
    }

    /** The day a bridge's next step belongs to: a repair's first step, else the end of cooling-off. */
    private static LocalDate bridgeDay(BridgeItem b) {
        return b.firstStepBy() != null ? b.firstStepBy() : b.coolingOffUntil();
    }
}
