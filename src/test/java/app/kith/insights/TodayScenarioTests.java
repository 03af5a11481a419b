package app.kith.insights;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.interactions.Interaction;
import app.kith.interactions.InteractionChanges;
import app.kith.interactions.InteractionService;
import app.kith.people.BridgeStatus;
import app.kith.people.PeopleService;
import app.kith.people.PersonChanges;
import app.kith.shared.AccountId;
import app.kith.testing.DatabaseTest;
import app.kith.testing.TestDatabases;
import java.time.LocalDate;
import java.util.List;

class TodayScenarioTests {
    private static final LocalDate MID_MARCH = LocalDate.of(2025, 3, 15);

    private static List<String> reachOut(Today today) {
        return today.reachOut().stream().map(r -> r.person().name()).toList();
    }

    @DatabaseTest
    void reachOutListsOverduePeopleByCircleWeightTimesHowOverdue(TestDatabases.Vendor vendor, TodayService today,
                                                                 AccountId account) {
        new YearInALife(vendor, account);

        Today digest = today.today(account, MID_MARCH);

        assertThat(reachOut(digest)).containsExactly("Dana Diaz", "Lea Lind", "Inna Ivanova", "Carl Chen",
                "Alma Alves");
        ReachOut lea = digest.reachOut().get(1);
        assertThat(lea.dueSince()).isEqualTo(LocalDate.of(2025, 3, 4));
        assertThat(lea.daysOverdue()).isEqualTo(11);
        assertThat(lea.reason()).isEqualTo("inner circle, every 14 days: last real touch 25 days ago (2025-02-18)");
        assertThat(lea.suggestion()).isEqualTo("call or meet, just to catch up");
        assertThat(digest.reachOutMore()).isZero();
        assertThat(digest.noteCards()).isEmpty();
    }

    @DatabaseTest
    void personTouchedOnlyWithAsksIsStillOverdue(TestDatabases.Vendor vendor, TodayService today, AccountId account) {
        YearInALife year = new YearInALife(vendor, account);

        ReachOut carl = today.today(account, MID_MARCH).reachOut().stream()
                .filter(r -> r.person().id().equals(year.carl)).findFirst().orElseThrow();

        assertThat(carl.lastTouch()).isNull();
        assertThat(carl.dueSince()).isEqualTo(MID_MARCH);
        assertThat(carl.reason()).isEqualTo("close circle, every 30 days: no real touch yet (asks don't count)");
        assertThat(carl.transactional()).isTrue();
        assertThat(carl.suggestion()).startsWith("give without asking");
    }

    @DatabaseTest
    void personTouchedYesterdayWithAGiveIsNotOverdue(TestDatabases.Vendor vendor, TodayService today,
                                                     AccountId account) {
        YearInALife year = new YearInALife(vendor, account);
        year.log(year.carl, "gift", "gave", "2025-03-14");
        year.log(year.lea, "note-card", "gave", "2025-03-14");

        assertThat(reachOut(today.today(account, MID_MARCH))).containsExactly("Dana Diaz", "Inna Ivanova",
                "Alma Alves");
    }

    @DatabaseTest
    void askAfterARealTouchDoesNotResetTheCadence(TestDatabases.Vendor vendor, TodayService today,
                                                  AccountId account) {
        YearInALife year = new YearInALife(vendor, account);
        year.log(year.lea, "call", "asked", "2025-03-14");

        ReachOut lea = today.today(account, MID_MARCH).reachOut().get(1);

        assertThat(lea.person().id()).isEqualTo(year.lea);
        assertThat(lea.reason()).endsWith("(2025-02-18); asks since then don't count");
    }

    @DatabaseTest
    void strainedPersonIsNeverNudgedButComesBackAsABridgeWhenCoolingOffEnds(TestDatabases.Vendor vendor,
                                                                         TodayService today, AccountId account) {
        YearInALife year = new YearInALife(vendor, account);

        Today before = today.today(account, MID_MARCH);
        Today after = today.today(account, LocalDate.of(2025, 3, 21));

        assertThat(reachOut(before)).doesNotContain("Sam Stone");
        assertThat(before.bridges()).isEmpty();
        assertThat(reachOut(after)).doesNotContain("Sam Stone");
        assertThat(after.bridges()).singleElement().satisfies(b -> {
            assertThat(b.person().id()).isEqualTo(year.sam);
            assertThat(b.status()).isEqualTo(BridgeStatus.STRAINED);
            assertThat(b.firstStep()).isEqualTo("send a short, honest note");
            assertThat(b.reason()).isEqualTo("cooling-off ended 2025-03-20: planned first step \"send a short, honest note\"");
        });
    }

    @DatabaseTest
    void restoredRelationshipReturnsToItsNormalCadence(TestDatabases.Vendor vendor, TodayService today,
                                                       BridgeService bridges, AccountId account) {
        YearInALife year = new YearInALife(vendor, account);
        bridges.repair(account, year.sam, new BridgeChanges(null, null, null, "2025-03-25"));
        Today repairing = today.today(account, LocalDate.of(2025, 3, 21));
        bridges.restore(account, year.sam);

        assertThat(repairing.bridges()).singleElement()
                .satisfies(b -> assertThat(b.reason()).isEqualTo("repairing: first step \"send a short, honest note\" by 2025-03-25"));
        assertThat(reachOut(repairing)).doesNotContain("Sam Stone");
        Today restored = today.today(account, LocalDate.of(2025, 3, 21));
        assertThat(reachOut(restored)).contains("Sam Stone");
        assertThat(restored.bridges()).isEmpty();
    }

    @DatabaseTest
    void birthdaysComeUpByClosenessAndNeverWithAnInventedAge(TestDatabases.Vendor vendor, TodayService today,
                                                            AccountId account) {
        new YearInALife(vendor, account);

        List<Upcoming> march15 = today.today(account, MID_MARCH).upcoming();
        List<Upcoming> march10 = today.today(account, LocalDate.of(2025, 3, 10)).upcoming();

        assertThat(march15).extracting(Upcoming::title).containsExactly("Yuri Yoon's birthday", "Bea Brandt turns 40");
        assertThat(march15.getFirst().turns()).isNull();
        assertThat(march15.getFirst().inDays()).isEqualTo(2);
        assertThat(march15.get(1).date()).isEqualTo(LocalDate.of(2025, 3, 20));
        assertThat(march10).extracting(Upcoming::title).containsExactly("Bea Brandt turns 40");
    }

    @DatabaseTest
    void aCrowdOfBirthdaysIsTrimmedKeepingTheClosestPeopleAndCountingTheRest(PeopleService people,
                                                                           TodayService today, AccountId account) {
        for (int i = 0; i < TodayDigest.UPCOMING_SHOWN + 5; i++) {
            people.create(account, PersonChanges.builder().name("Acquaintance " + i).birthday("--03-16")
                    .circle("acquaintance").build());
        }
        people.create(account, PersonChanges.builder().name("Iris Inner").birthday("--04-01").circle("inner").build());

        Today digest = today.today(account, MID_MARCH);

        assertThat(digest.upcoming()).hasSize(TodayDigest.UPCOMING_SHOWN);
        assertThat(digest.upcoming().getLast().title()).isEqualTo("Iris Inner's birthday");
        assertThat(digest.upcomingMore()).isEqualTo(6);
    }

    @DatabaseTest
    void leapDayBirthdayIsCelebratedOnTheTwentyEighthInOtherYears(TestDatabases.Vendor vendor, TodayService today,
                                                                  AccountId account) {
        new YearInALife(vendor, account);

        List<Upcoming> upcoming = today.today(account, LocalDate.of(2025, 2, 20)).upcoming();

        assertThat(upcoming).singleElement().satisfies(u -> {
            assertThat(u.title()).isEqualTo("Lea Lind turns 33");
            assertThat(u.date()).isEqualTo(LocalDate.of(2025, 2, 28));
            assertThat(u.inDays()).isEqualTo(8);
        });
    }

    @DatabaseTest
    void circleAndPersonalCadencesChangeWhoIsDue(TestDatabases.Vendor vendor, TodayService today,
                                                 CadenceService cadences, AccountId account) {
        YearInALife year = new YearInALife(vendor, account);
        cadences.set(account, "network", 30, null);

        ReachOut nora = today.today(account, MID_MARCH).reachOut().stream()
                .filter(r -> r.person().id().equals(year.nora)).findFirst().orElseThrow();
        assertThat(nora.reason()).isEqualTo("network circle, every 30 days: last real touch 64 days ago (2025-01-10)");

        year.people.update(account, year.nora, PersonChanges.builder().cadenceDays(90).build());
        assertThat(reachOut(today.today(account, MID_MARCH))).doesNotContain("Nora Nakamura");
        assertThat(cadences.cadences(account)).extracting(CircleCadence::days).containsExactly(14, 30, 30, 180, null);
    }

    @DatabaseTest
    void anotherAccountSeesNothingOfThisYear(TestDatabases.Vendor vendor, TodayService today, AccountId account,
                                             AccountId other) {
        new YearInALife(vendor, account);

        Today theirs = today.today(other, MID_MARCH);

        assertThat(theirs.reachOut()).isEmpty();
        assertThat(theirs.upcoming()).isEmpty();
        assertThat(theirs.bridges()).isEmpty();
    }

    @DatabaseTest
    void changingAnAskIntoAGiveCountsAsATouch(TestDatabases.Vendor vendor, TodayService today,
                                              InteractionService interactions, AccountId account) {
        YearInALife year = new YearInALife(vendor, account);
        Interaction ask = interactions.recent(account, year.carl, 1).getFirst();

        interactions.update(account, ask.id(), new InteractionChanges(null, null, "gave", null, null));

        assertThat(reachOut(today.today(account, MID_MARCH))).doesNotContain("Carl Chen");
    }

    @DatabaseTest
    void todayListsTheTenMostPressingBridgesAndCountsTheRest(TodayService today, PeopleService people,
                                                           BridgeService bridges, AccountId account) {
        for (int i = 1; i <= 12; i++) {
            String id = people.create(account, PersonChanges.named("Person " + (char) ('A' + i))).id();
            bridges.strain(account, id, new BridgeChanges("a quarrel", "2025-01-" + (10 + i), null, null));
        }

        Today digest = today.today(account, LocalDate.of(2025, 2, 1));

        assertThat(digest.bridges()).hasSize(10).extracting(BridgeItem::coolingOffUntil).isSorted()
                .first().isEqualTo(LocalDate.of(2025, 1, 11));
        assertThat(digest.bridgesMore()).isEqualTo(2);
    }
}
