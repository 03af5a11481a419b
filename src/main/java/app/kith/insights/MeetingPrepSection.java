package app.kith.insights;

import app.kith.interactions.InteractionService;
import app.kith.interactions.PersonTouch;
import app.kith.interactions.TouchSummary;
import app.kith.people.PeopleService;
import app.kith.people.RelationshipFacts;
import app.kith.shared.AccountId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Meeting prep: the meetings of the next {@value #AHEAD_HOURS} hours with people you know, from every
 * {@link MeetingSource}, the soonest {@value TodayDigest#PREP_SHOWN} first, each with what to know
 * about its first {@value #PEOPLE_PREPARED} people. Everyone prepared is read together, a few
 * statements per kind of fact, so prep costs the same whether the network has a hundred people or
 * thirty thousand and whether one meeting is prepared or five.
 */
@Component
@Order(50)
class MeetingPrepSection implements TodayContribution {
    static final int AHEAD_HOURS = 48;
    /** Meetings read from each source: enough to count a busy two days. */
    static final int MEETINGS_READ = 20;
    static final int PEOPLE_PREPARED = 3;
    static final int LAST_INTERACTIONS = 3;
    static final int COMMON_GROUND = 3;
    static final int BIRTHDAY_DAYS = 14;
    static final int ACHIEVEMENT_DAYS = 30;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private final List<MeetingSource> meetings;
    private final List<AchievementSource> achievements;
    private final PeopleService people;
    private final InteractionService interactions;
    private final CommonGroundService commonGround;

    MeetingPrepSection(List<MeetingSource> meetings, List<AchievementSource> achievements, PeopleService people,
                       InteractionService interactions, CommonGroundService commonGround) {
        this.meetings = meetings;
        this.achievements = achievements;
        this.people = people;
        this.interactions = interactions;
        this.commonGround = commonGround;
    }

    @Override
    public void contribute(AccountId account, TodayDigest digest) {
        Instant from = digest.start();
        Instant to = from.plus(Duration.ofHours(AHEAD_HOURS));
        List<Meeting> found = new ArrayList<>();
        meetings.forEach(source -> found.addAll(source.meetings(account, from, to, digest.zone(), MEETINGS_READ)));
        if (found.isEmpty()) {
            return;
        }
        String self = people.selfId(account);
        List<Meeting> coming = soonestDistinct(found, self, digest.zone());
        List<Meeting> shown = coming.subList(0, Math.min(TodayDigest.PREP_SHOWN, coming.size()));
        digest.prepNotAdded(coming.size() - shown.size());
        Set<String> prepared = new LinkedHashSet<>();
        shown.forEach(m -> m.people().stream().limit(PEOPLE_PREPARED).forEach(p -> prepared.add(p.id())));
        Map<String, PersonPrep> preps = prepare(account, self, digest.date(), prepared);
        for (Meeting m : shown) {
            List<PersonPrep> those = new ArrayList<>();
            List<PersonRef> others = new ArrayList<>();
            for (PersonRef p : m.people()) {
                if (those.size() < PEOPLE_PREPARED && preps.containsKey(p.id())) {
                    those.add(preps.get(p.id()));
                } else {
                    others.add(p);
                }
            }
            digest.prep(new MeetingPrep(m, when(m, digest.date(), digest.zone()), List.copyOf(those),
                    List.copyOf(others)));
        }
    }

    /**
     * The meetings with someone other than yourself, soonest first; one that two sources both know
     * (the same start and the same people) is kept once, as the first source has it.
     */
    private static List<Meeting> soonestDistinct(List<Meeting> found, String self, ZoneId zone) {
        Set<String> seen = new HashSet<>();
        List<Meeting> distinct = new ArrayList<>();
        for (Meeting m : found) {
            List<PersonRef> others = m.people().stream().filter(p -> !p.id().equals(self)).toList();
            String key = start(m, zone) + " " + others.stream().map(PersonRef::id).sorted().toList();
            if (!others.isEmpty() && seen.add(key)) {
                distinct.add(new Meeting(m.source(), m.id(), m.kind(), m.title(), m.startsAt(), m.date(),
                        m.location(), others));
            }
        }
        distinct.sort(Comparator.comparing((Meeting m) -> start(m, zone)).thenComparing(Meeting::title)
                .thenComparing(Meeting::id));
        return distinct;
    }

    private static Instant start(Meeting m, ZoneId zone) {
        return m.startsAt() != null ? m.startsAt() : m.date().atStartOfDay(zone).toInstant();
    }

    /** When a meeting is, in words, from the digest's day: "today at 18:30", "tomorrow", "Thu 12 Jun at 09:00". */
    static String when(Meeting m, LocalDate day, ZoneId zone) {
        LocalDate date = m.startsAt() == null ? m.date() : m.startsAt().atZone(zone).toLocalDate();
        String on = date.equals(day) ? "today" : date.equals(day.plusDays(1)) ? "tomorrow" : DAY.format(date);
        return m.startsAt() == null ? on : on + " at " + TIME.format(m.startsAt().atZone(zone));
    }

    private Map<String, PersonPrep> prepare(AccountId account, String self, LocalDate day, Set<String> ids) {
        Map<String, RelationshipFacts> facts = people.facts(account, ids).stream().filter(f -> !f.self())
                .collect(Collectors.toMap(RelationshipFacts::id, Function.identity()));
        if (facts.isEmpty()) {
            return Map.of();
        }
        Map<String, List<PersonTouch>> latest = interactions.latestWith(account, facts.keySet(), day,
                LAST_INTERACTIONS);
        Map<String, List<PersonTouch>> owed = interactions.touchesWith(account, facts.keySet(),
                day.minusDays(OpenAsks.DAYS), day, OpenAsks.READ);
        Map<String, TouchSummary> summaries = interactions.touchSummaries(account, day, facts.keySet());
        Map<String, List<CommonGroundItem>> shared = commonGround.withEach(account, self, facts.keySet(), day);
        Map<String, List<Achievement>> news = new HashMap<>();
        for (AchievementSource source : achievements) {
            source.of(account, facts.keySet(), day.minusDays(ACHIEVEMENT_DAYS), day).forEach((id, found) ->
                    news.computeIfAbsent(id, k -> new ArrayList<>()).addAll(found));
        }
        Map<String, PersonPrep> preps = new LinkedHashMap<>();
        for (String id : ids) {
            RelationshipFacts person = facts.get(id);
            if (person == null) {
                continue;
            }
            List<OpenAsk> open = OpenAsks.of(owed.getOrDefault(id, List.of()), day);
            Upcoming birthday = person.birthday() == null ? null : BirthdaySection.upcoming(person, day);
            if (birthday != null && birthday.inDays() > BIRTHDAY_DAYS) {
                birthday = null;
            }
            List<Achievement> recent = news.getOrDefault(id, List.of()).stream()
                    .sorted(Comparator.comparing(Achievement::date).reversed()).toList();
            TouchSummary summary = summaries.getOrDefault(id, TouchSummary.none(id));
            boolean transactional = Reciprocity.transactional(summary.asked(), summary.total());
            preps.put(id, new PersonPrep(new PersonRef(id, person.name()),
                    latest.getOrDefault(id, List.of()).stream().map(PastTouch::of).toList(), open,
                    shared.getOrDefault(id, List.of()).stream().limit(COMMON_GROUND).toList(), birthday, recent,
                    Gives.meeting(transactional, birthday, recent, open)));
        }
        return preps;
    }
}
