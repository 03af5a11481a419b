package app.kith.insights;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The digest being built for one day; contributions add items, Today orders and trims them. */
public final class TodayDigest {
    /** Bridges listed in a day's digest: a few gentle steps, not every strained relationship at once. */
    static final int BRIDGES_SHOWN = 10;

    private final LocalDate date;
    private final int reachOutLimit;
    private int reachOutNotAdded;
    private final List<ReachOut> reachOut = new ArrayList<>();
    private final List<Upcoming> upcoming = new ArrayList<>();
    private final List<Object> noteCards = new ArrayList<>();
    private final List<BridgeItem> bridges = new ArrayList<>();
    private final Map<String, List<Object>> sections = new LinkedHashMap<>();

    TodayDigest(LocalDate date, int reachOutLimit) {
        this.date = date;
        this.reachOutLimit = reachOutLimit;
    }

    /** The day the digest is for; contributions compute for this day, never for the clock's. */
    public LocalDate date() {
        return date;
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

    public void upcoming(Upcoming item) {
        upcoming.add(item);
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
        List<Upcoming> soonest = upcoming.stream()
                .sorted(Comparator.comparing(Upcoming::date).thenComparing(Upcoming::title)).toList();
        List<BridgeItem> orderedBridges = bridges.stream()
                .sorted(Comparator.comparing(TodayDigest::bridgeDay, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(b -> b.person().name()).thenComparing(b -> b.person().id()))
                .toList();
        int bridgesShown = Math.min(BRIDGES_SHOWN, orderedBridges.size());
        int shown = Math.min(reachOutLimit, ranked.size());
        Map<String, List<Object>> more = new LinkedHashMap<>();
        sections.forEach((name, items) -> more.put(name, List.copyOf(items)));
        return new Today(date, List.copyOf(ranked.subList(0, shown)), ranked.size() - shown + reachOutNotAdded, soonest,
                List.copyOf(noteCards), List.copyOf(orderedBridges.subList(0, bridgesShown)),
                orderedBridges.size() - bridgesShown, more);
    }

    /** The day a bridge's next step belongs to: a repair's first step, else the end of cooling-off. */
    private static LocalDate bridgeDay(BridgeItem b) {
        return b.firstStepBy() != null ? b.firstStepBy() : b.coolingOffUntil();
    }
}
