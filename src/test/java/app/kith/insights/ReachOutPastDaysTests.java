package app.kith.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import app.kith.interactions.InteractionService;
import app.kith.interactions.TouchSummary;
import app.kith.people.PeopleService;
import app.kith.people.RelationshipFacts;
import app.kith.shared.AccountId;
import app.kith.testing.DatabaseTest;
import app.kith.testing.TestDatabases;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Who is due on a day depends only on the touches up to that day, before, during and after the
 * scenario's year, and at every limit: checked against the rule worked out here, person by person,
 * from each one's touches as of the day.
 */
class ReachOutPastDaysTests {

    @DatabaseTest
    void everyDaysDigestFollowsTheRuleFromTheTouchesBeforeIt(TestDatabases.Vendor vendor, PeopleService people,
                                                            InteractionService interactions,
                                                            CadenceService cadences, AccountId account) {
        new YearInALife(vendor, account);
        ReachOutSection section = new ReachOutSection(people, interactions, cadences);
        Cadences resolved = cadences.resolved(account);
        List<RelationshipFacts> tracked = people.trackedFacts(account).stream()
                .filter(f -> !f.relationship().mending()).toList();

        for (LocalDate day = LocalDate.of(2024, 6, 1); day.isBefore(LocalDate.of(2026, 1, 1)); day = day.plusDays(23)) {
            Map<String, TouchSummary> touches = interactions.touchSummaries(account, day,
                    tracked.stream().map(RelationshipFacts::id).toList());
            Map<String, LocalDate> expected = new HashMap<>();
            for (RelationshipFacts person : tracked) {
                Integer cadence = resolved.of(person);
                if (cadence == null) {
                    continue;
                }
                LocalDate last = touches.containsKey(person.id()) ? touches.get(person.id()).lastTouch() : null;
                LocalDate due = last != null ? last.plusDays(cadence)
                        : person.addedOn().isBefore(day) ? person.addedOn() : day;
                if (!due.isAfter(day)) {
                    expected.put(person.id(), due);
                }
            }
            Today all = digest(section, account, day, 25);
            assertThat(all.reachOut()).as(day.toString())
                    .extracting(r -> r.person().id(), ReachOut::dueSince)
                    .containsExactlyInAnyOrderElementsOf(expected.entrySet().stream()
                            .map(e -> tuple(e.getKey(), e.getValue())).toList());
            for (int limit : List.of(0, 1, 3)) {
                Today cut = digest(section, account, day, limit);
                assertThat(cut.reachOut()).as(day + ", limit " + limit)
                        .isEqualTo(all.reachOut().subList(0, Math.min(limit, all.reachOut().size())));
                assertThat(cut.reachOutMore()).isEqualTo(expected.size() - cut.reachOut().size());
            }
        }
    }

    @DatabaseTest
    void aLogAfterTheDayDoesNotChangeThatDaysDigest(TestDatabases.Vendor vendor, PeopleService people,
                                                     InteractionService interactions,
                                                     CadenceService cadences, AccountId account) {
        YearInALife year = new YearInALife(vendor, account);
        ReachOutSection ranked = new ReachOutSection(people, interactions, cadences);
        LocalDate day = LocalDate.of(2025, 3, 15);
        Today before = digest(ranked, account, day, 25);

        year.log(year.lea, "dinner", "gave", "2025-04-01");

        assertThat(digest(ranked, account, day, 25)).isEqualTo(before);
        assertThat(digest(ranked, account, LocalDate.of(2025, 4, 2), 25).reachOut())
                .noneMatch(r -> r.person().id().equals(year.lea));
    }

    private static Today digest(ReachOutSection section, AccountId account, LocalDate day, int limit) {
        TodayDigest digest = new TodayDigest(day, ZoneOffset.UTC, day.atStartOfDay(ZoneOffset.UTC).toInstant(), limit);
        section.contribute(account, digest);
        return digest.build();
    }
}
