package app.kith.insights;

import app.kith.people.Birthday;
import app.kith.people.BridgeStatus;
import app.kith.people.Circle;
import app.kith.people.PeopleService;
import app.kith.people.RelationshipFacts;
import app.kith.shared.AccountId;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Upcoming birthdays, with a lead time that depends on closeness: inner 28 days, close 14, everyone
 * else 3. An age is shown only when the year of birth is known. A 29 February birthday is
 * celebrated on 28 February in years without one. Strained relationships are not nudged.
 */
@Component
@Order(200)
class BirthdaySection implements TodayContribution {
    private final PeopleService people;

    BirthdaySection(PeopleService people) {
        this.people = people;
    }

    static int lead(Circle circle) {
        return switch (circle) {
            case INNER -> 28;
            case CLOSE -> 14;
            case NETWORK, ACQUAINTANCE, NONE -> 3;
        };
    }

    /** The first day on or after {@code day} that the birthday is celebrated. */
    static LocalDate next(Birthday birthday, LocalDate day) {
        for (int year = day.getYear(); ; year++) {
            boolean leapDay = birthday.month() == 2 && birthday.day() == 29 && !Year.isLeap(year);
            LocalDate date = LocalDate.of(year, birthday.month(), leapDay ? 28 : birthday.day());
            if (!date.isBefore(day)) {
                return date;
            }
        }
    }

    /** The days of the year celebrated from {@code day} for {@code lead} days: 29 February falls on the 28th. */
    static Set<MonthDay> daysOfYear(LocalDate day, int lead) {
        Set<MonthDay> days = new TreeSet<>();
        for (int i = 0; i <= lead; i++) {
            LocalDate date = day.plusDays(i);
            days.add(MonthDay.from(date));
            if (date.getMonthValue() == 2 && date.getDayOfMonth() == 28 && !date.isLeapYear()) {
                days.add(MonthDay.of(2, 29));
            }
        }
        return days;
    }

    /** The person's next birthday from {@code day} on, with the age reached when the year is known. */
    static Upcoming upcoming(RelationshipFacts person, LocalDate day) {
        LocalDate date = next(person.birthday(), day);
        Integer turns = person.birthday().year() == null ? null : date.getYear() - person.birthday().year();
        if (turns != null && turns < 1) {
            turns = null;
        }
        String title = turns == null ? person.name() + "'s birthday" : person.name() + " turns " + turns;
        return new Upcoming("birthday", date, (int) ChronoUnit.DAYS.between(day, date),
                new PersonRef(person.id(), person.name()), title, turns);
    }

    @Override
    public void contribute(AccountId account, TodayDigest digest) {
        LocalDate day = digest.date();
        // Everyone born in the shortest lead, then the closer circles over their longer ones: each
        // query reads a few days of the birthday index or one small circle.
        Map<String, RelationshipFacts> born = new LinkedHashMap<>();
        people.bornOn(account, daysOfYear(day, lead(Circle.NONE)), null).forEach(p -> born.put(p.id(), p));
        for (Circle closer : List.of(Circle.INNER, Circle.CLOSE)) {
            people.bornOn(account, daysOfYear(day, lead(closer)), List.of(closer)).forEach(p -> born.put(p.id(), p));
        }
        for (RelationshipFacts person : born.values()) {
            if (person.self() || person.relationship().bridge() == BridgeStatus.STRAINED) {
                continue;
            }
            Upcoming birthday = upcoming(person, day);
            if (birthday.inDays() <= lead(person.relationship().circle())) {
                // After what the user attends, closest circles first.
                digest.upcoming(birthday, 1 + person.relationship().circle().ordinal());
            }
        }
    }
}
