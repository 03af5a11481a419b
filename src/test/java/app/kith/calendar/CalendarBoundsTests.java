package app.kith.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kith.conferences.ConferenceService;
import app.kith.conferences.EditionChanges;
import app.kith.conferences.SeriesChanges;
import app.kith.people.PeopleService;
import app.kith.shared.AccountId;
import app.kith.shared.InvalidInputException;
import app.kith.storage.PlannerStatistics;
import app.kith.testing.DatabaseTest;
import app.kith.testing.DatabaseWork;
import app.kith.testing.GeneratedFiles;
import app.kith.testing.TestDatabases;
import app.kith.testing.TestPeople;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A calendar crowded as a hostile import crowds it (issue 19, bounded reads): every read shows a
 * bounded part of it, and paging through shows all of it, each entry once, in order.
 */
class CalendarBoundsTests {
    private static final LocalDate DAY = LocalDate.of(2025, 6, 11);

    private static void busy(IcsImport imports, AccountId account, int events, LocalDate seriesFrom, int series) {
        imports.importFile(account, "busy.ics",
                new StringReader(GeneratedFiles.busyDay(DAY, events, seriesFrom, series)), false);
    }

    @DatabaseTest
    void aMonthShowsFourEntriesADayAndCountsTheRest(IcsImport imports, CalendarService calendar,
                                                    PeopleService people, AccountId account) {
        busy(imports, account, 2000, LocalDate.of(2025, 6, 1), 30);
        TestPeople.add(people, account, "Ann Busy", "close", "1990-06-11", null);
        TestPeople.add(people, account, "Bo Busy", "close", "--06-11", null);
        TestPeople.add(people, account, "Cy Calm", "close", "--06-20", null);

        List<CalendarDay> days = calendar.days(account, LocalDate.of(2025, 5, 26), LocalDate.of(2025, 7, 6), 4);

        CalendarDay busiest = day(days, DAY);
        assertThat(busiest.entries()).hasSize(4);
        assertThat(busiest.more()).isEqualTo(2000 + 30 + 2 - 4);
        assertThat(busiest.entries()).as("the first four in the calendar's order, as the day's first page has them")
                .isEqualTo(calendar.page(account, DAY, DAY, null, 4).items());
        assertThat(day(days, LocalDate.of(2025, 6, 20)).more()).isEqualTo(30 + 1 - 4);
        assertThat(day(days, LocalDate.of(2025, 7, 6)).more()).isEqualTo(30 - 4);
        assertThat(days).extracting(CalendarDay::date).as("nothing before the series begin")
                .allMatch(d -> !d.isBefore(LocalDate.of(2025, 6, 1)));
        assertThat(days).allSatisfy(d -> assertThat(d.entries()).hasSizeLessThanOrEqualTo(4));
    }

    @DatabaseTest
    void followingNextShowsEveryEntryOnceInOrder(IcsImport imports, CalendarService calendar, PeopleService people,
                                                 ConferenceService conferences, AccountId account) {
        busy(imports, account, 700, DAY.minusDays(3), 12);
        calendar.create(account, new EventChanges("dinner", "Long trip", DAY.minusDays(2).toString(),
                DAY.plusDays(1).toString(), null, null, null, null, List.of(), null, null, null, null, null, null,
                null));
        for (String name : List.of("Ann", "Bo", "Cy")) {
            TestPeople.add(people, account, name + " Busy", "close", "--06-11", null);
        }
        String conf = conferences.create(account, new SeriesChanges("Busy Conf", null, 6, null)).id();
        conferences.edition(account, conf, 2025, new EditionChanges(DAY.toString(), null, "Oslo"));
        String summit = conferences.create(account, new SeriesChanges("Long Summit", null, 6, null)).id();
        conferences.edition(account, summit, 2025, new EditionChanges(DAY.minusDays(1).toString(),
                DAY.plusDays(2).toString(), null));

        List<CalendarEntry> paged = CalendarPages.all(calendar, account, DAY, DAY.plusDays(2), 37);

        int expected = 700 + 12 * 3 + 1 + 3 + 2;
        assertThat(paged).hasSize(expected);
        Set<String> seen = new HashSet<>();
        assertThat(paged).allMatch(e -> seen.add(e.id() + " " + e.date()));
        for (int i = 1; i < paged.size(); i++) {
            assertThat(Position.of(paged.get(i - 1))).isLessThan(Position.of(paged.get(i)));
        }
        assertThat(paged).isEqualTo(calendar.page(account, DAY, DAY.plusDays(2), null, 1000).items());
        assertThat(paged.getFirst().title()).as("what began earlier and goes on comes first").isEqualTo("Long trip");
        assertThat(paged).filteredOn(e -> e.kind() == EventKind.CONFERENCE).extracting(CalendarEntry::title)
                .containsExactly("Long Summit 2025", "Busy Conf 2025");
    }

    @DatabaseTest
    void aLeapDayBirthdayIsOnThe28thInOtherYearsOnceInAPageAndInTheDaysCount(CalendarService calendar,
                                                                           PeopleService people, AccountId account) {
        String lea = TestPeople.add(people, account, "Lea Leap", "close", "2000-02-29", null);
        String fen = TestPeople.add(people, account, "Fen Feb", "close", "--02-28", null);
        LocalDate feb28 = LocalDate.of(2025, 2, 28);

        CalendarSlice first = calendar.page(account, LocalDate.of(2025, 2, 1), LocalDate.of(2025, 3, 31), null, 1);
        CalendarSlice second = calendar.page(account, LocalDate.of(2025, 2, 1), LocalDate.of(2025, 3, 31),
                first.next(), 1);

        assertThat(List.of(first.items().getFirst().id(), second.items().getFirst().id()))
                .containsExactlyInAnyOrder(Position.BIRTHDAY + lea, Position.BIRTHDAY + fen);
        assertThat(second.next()).isNull();
        assertThat(second.items().getFirst().date()).isEqualTo(feb28);
        CalendarDay day = day(calendar.days(account, LocalDate.of(2025, 2, 24), LocalDate.of(2025, 3, 2), 1), feb28);
        assertThat(day.entries()).hasSize(1);
        assertThat(day.more()).isEqualTo(1);
    }

    @DatabaseTest
    void aBadCursorLimitOrRangeIsRefusedNamingIt(CalendarService calendar, AccountId account) {
        LocalDate from = LocalDate.of(2025, 6, 1);
        LocalDate to = LocalDate.of(2025, 6, 30);
        String otherVersion = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("2|2025-06-01||0|abc".getBytes(StandardCharsets.UTF_8));
        String badDay = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("1|2025-13-01||0|abc".getBytes(StandardCharsets.UTF_8));
        String badId = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("1|2025-06-01||0|'; DROP TABLE events; --".getBytes(StandardCharsets.UTF_8));

        for (String cursor : List.of("not a cursor", "%%%", otherVersion, badDay, badId, "x".repeat(500))) {
            assertThatThrownBy(() -> calendar.page(account, from, to, cursor, 10)).as(cursor)
                    .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("cursor:");
        }
        for (int limit : new int[] {0, -1, CalendarService.MAX_LIMIT + 1}) {
            assertThatThrownBy(() -> calendar.page(account, from, to, null, limit))
                    .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("limit:");
        }
        assertThatThrownBy(() -> calendar.days(account, from, from.plusDays(CalendarService.MAX_VIEW_DAYS), 4))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("to:");
        assertThatThrownBy(() -> calendar.days(account, from, to, 0))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("perDay:");
    }

    @DatabaseTest
    void aPageOfManyDailySeriesComputesOneDayPerSeriesAndOnePerEntryNotEveryDayOfTheMonth(
            IcsImport imports, CalendarEntries entries, AccountId few, AccountId many) {
        busy(imports, few, 0, LocalDate.of(2025, 5, 1), 20);
        busy(imports, many, 0, LocalDate.of(2025, 5, 1), 400);
        LocalDate from = LocalDate.of(2025, 6, 1);
        LocalDate to = LocalDate.of(2025, 6, 30);
        Position start = Position.startOf(Position.FIRST_DAY);

        CalendarEntries.Page ofFew = entries.page(few, from, to, start, 50);
        CalendarEntries.Page ofMany = entries.page(many, from, to, start, 50);
        CalendarEntries.Page next = entries.page(many, from, to, ofMany.next(), 50);

        assertThat(ofFew.items()).hasSize(50);
        assertThat(ofMany.items()).hasSize(50);
        assertThat(ofFew.computed()).isLessThanOrEqualTo(2 * 20 + 51);
        assertThat(ofMany.computed()).as("400 series hold 12,000 days in June").isLessThanOrEqualTo(2 * 400 + 51);
        assertThat(next.computed()).isLessThanOrEqualTo(2 * 400 + 51);
        assertThat(next.items().getFirst().date()).isEqualTo(from);
    }

    @DatabaseTest
    void aPageOfABusyDayReadsNoMoreWhenTheDayHoldsTenTimesAsMany(TestDatabases.Vendor vendor, IcsImport imports,
                                                                 CalendarService calendar,
                                                                 PlannerStatistics statistics, AccountId others,
                                                                 AccountId small, AccountId large) {
        // Statistics gathered before the import, as a server's are: they know other accounts' events and
        // nothing of these (PostgreSQL then read a day's page through events_by_day, every event of the day).
        busy(imports, others, 4000, DAY.minusYears(1), 10);
        statistics.refresh();
        busy(imports, small, 300, DAY, 0);
        busy(imports, large, 3000, DAY, 0);
        try {
            pageWorkDoesNotGrow(vendor, calendar, small, large, "after the import");
            // SQLite: as a new database's statistics have it, every table one row.
            DatabaseWork.staleStatistics(vendor);
            pageWorkDoesNotGrow(vendor, calendar, small, large, "stale statistics");
        } finally {
            DatabaseWork.freshStatistics(vendor);
        }
    }

    private static void pageWorkDoesNotGrow(TestDatabases.Vendor vendor, CalendarService calendar, AccountId small,
                                            AccountId large, String statistics) {
        LocalDate quiet = DAY.plusDays(100);
        // What reading any page costs, on an empty day 100 days after the busy one (whose events a read of
        // the year before it would pass over), once the connection has read the schema.
        DatabaseWork.of(vendor, () -> calendar.page(large, quiet, quiet, null, 50));
        long base = DatabaseWork.of(vendor, () -> calendar.page(large, quiet, quiet, null, 50));
        long ofSmall = DatabaseWork.of(vendor, () -> calendar.page(small, DAY, DAY, null, 50));
        long ofLarge = DatabaseWork.of(vendor, () -> calendar.page(large, DAY, DAY, null, 50));

        System.out.printf("%s, %s: a page of 50 costs %d on an empty day, %d with 300 on the day, %d with 3,000%n",
                vendor, statistics, base, ofSmall, ofLarge);
        assertThat(base).as(statistics + ": an empty day after a busy one").isLessThanOrEqualTo(ofSmall);
        assertThat(ofLarge).as(statistics + ": reading every event of the day would cost ten times as much")
                .isLessThanOrEqualTo(Math.max(ofSmall * 3 / 2, ofSmall + 5));
    }

    private static CalendarDay day(List<CalendarDay> days, LocalDate date) {
        return days.stream().filter(d -> d.date().equals(date)).findFirst().orElseThrow(() ->
                new AssertionError("no entries on " + date));
    }
}
