package app.kith.people;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.shared.AccountId;
import app.kith.testing.DatabaseTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The due rule's two halves, SQL over kept latest touches and Java for people judged by earlier
 * touches, give the same people, due days, cadences and priorities for every day and person.
 */
class DueRuleTests {
    private static final Circle[] CIRCLES = {Circle.INNER, Circle.CLOSE, Circle.NETWORK, Circle.ACQUAINTANCE,
        Circle.NONE};

    @DatabaseTest
    void theSqlAndTheJavaHalvesJudgeEveryoneAlike(PeopleService people, LastTouches lastTouches, AccountId account) {
        LocalDate start = LocalDate.now().minusDays(200);
        Map<String, LocalDate> touched = new HashMap<>();
        for (int i = 0; i < 40; i++) {
            Integer own = i % 7 == 0 ? 10 + i : null;
            String id = people.create(account, PersonChanges.named("Person " + i).toBuilder()
                    .circle(CIRCLES[i % CIRCLES.length].wire()).cadenceDays(own).build()).id();
            touched.put(id, i % 4 == 0 ? null : start.plusDays(i * 9L));
        }
        lastTouches.record(account, touched);
        Map<Circle, Integer> cadences = new EnumMap<>(Map.of(Circle.INNER, 14, Circle.CLOSE, 30, Circle.NETWORK, 90,
                Circle.ACQUAINTANCE, 365));
        Map<Circle, Integer> weights = new EnumMap<>(Map.of(Circle.INNER, 4, Circle.CLOSE, 3, Circle.NETWORK, 2));
        List<RelationshipFacts> everyone = people.trackedFacts(account);

        for (LocalDate day = start.minusDays(30); day.isBefore(start.plusDays(800)); day = day.plusDays(17)) {
            DueRule rule = new DueRule(new DueQuery(day, cadences, Map.of(), weights, 100));
            List<DuePerson> expected = new ArrayList<>();
            for (RelationshipFacts person : everyone) {
                LocalDate last = touched.get(person.id());
                if (last == null || !last.isAfter(day)) {
                    rule.judge(person, last).ifPresent(expected::add);
                }
            }
            expected.sort(Comparator.comparingDouble(DuePerson::priority).reversed()
                    .thenComparing(p -> p.facts().id()));

            DueList fromSql = lastTouches.due(account, rule, day, Integer.MAX_VALUE, null);

            assertThat(rounded(fromSql.people())).as(day.toString()).isEqualTo(rounded(expected));
            assertThat(fromSql.total()).isEqualTo(expected.size());
        }
    }

    /** PostgreSQL's numeric division rounds in the 16th digit where Java's double does not. */
    private static List<DuePerson> rounded(List<DuePerson> people) {
        return people.stream().map(p -> new DuePerson(p.facts(), p.lastTouch(), p.due(), p.cadence(),
                Math.round(p.priority() * 1e9) / 1e9)).toList();
    }
}
