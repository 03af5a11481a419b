package app.kith.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kith.people.PartnershipStage;
import app.kith.people.PeopleService;
import app.kith.people.PersonChanges;
import app.kith.people.TrustStage;
import app.kith.shared.AccountId;
import app.kith.shared.ConflictException;
import app.kith.shared.InvalidInputException;
import app.kith.testing.DatabaseTest;
import app.kith.testing.TestDatabases;
import java.time.LocalDate;

class RelationshipScenarioTests {
    private static final LocalDate END_OF_JUNE = LocalDate.of(2025, 6, 30);

    @DatabaseTest
    void healthExplainsRecencyAsksAndFadingInWords(TestDatabases.Vendor vendor, RelationshipInsights insights,
                                                   AccountId account) {
        YearInALife year = new YearInALife(vendor, account);

        Health dana = insights.health(account, year.dana, END_OF_JUNE);

        assertThat(dana.explanation()).isEqualTo("last real touch 45 days ago, cadence 30"
                + " · your last 3 touches were asks · mostly asks: 3 of 5 touches in the last 12 months"
                + " · fading: 2 touches this year vs 7 last year");
        assertThat(dana.score()).isEqualTo(63);
        assertThat(dana.reciprocity().gave()).isEqualTo(2);
        assertThat(dana.reciprocity().asked()).isEqualTo(3);
        assertThat(dana.reciprocity().transactional()).isTrue();
    }

    @DatabaseTest
    void aFreshGivingTouchNeverLowersHealth(TestDatabases.Vendor vendor, RelationshipInsights insights,
                                            AccountId account) {
        YearInALife year = new YearInALife(vendor, account);
        int before = insights.health(account, year.dana, END_OF_JUNE).score();
        int beforeInna = insights.health(account, year.inna, END_OF_JUNE).score();

        year.log(year.dana, "gift", "gave", "2025-06-30");
        year.log(year.inna, "note-card", "gave", "2025-06-29");

        assertThat(insights.health(account, year.dana, END_OF_JUNE).score()).isEqualTo(84).isGreaterThan(before);
        assertThat(insights.health(account, year.inna, END_OF_JUNE).score()).isGreaterThanOrEqualTo(beforeInna);
    }

    @DatabaseTest
    void transactionalRelationshipGetsAGivingSuggestion(TestDatabases.Vendor vendor, TodayService today,
                                                        AccountId account) {
        YearInALife year = new YearInALife(vendor, account);

        ReachOut dana = today.today(account, END_OF_JUNE).reachOut().stream()
                .filter(r -> r.person().id().equals(year.dana)).findFirst().orElseThrow();

        assertThat(dana.transactional()).isTrue();
        assertThat(dana.suggestion()).isEqualTo("give without asking: congratulate them, share something useful,"
                + " offer an introduction or write a note");
        assertThat(dana.dueSince()).isEqualTo(LocalDate.of(2025, 6, 15));
    }

    @DatabaseTest
    void trustStageIsSuggestedWhenHistorySupportsItButNeverChanged(TestDatabases.Vendor vendor,
                                                                   RelationshipInsights insights,
                                                                   PeopleService people, AccountId account) {
        YearInALife year = new YearInALife(vendor, account);

        assertThat(insights.trustSuggestion(account, year.dana, END_OF_JUNE)).hasValueSatisfying(s -> {
            assertThat(s.current()).isEqualTo(TrustStage.NEW);
            assertThat(s.suggested()).isEqualTo(TrustStage.ACQUAINTED);
            assertThat(s.why()).isEqualTo("9 real touches since 2023-12-05");
        });
        assertThat(insights.trustSuggestion(account, year.inna, END_OF_JUNE)).isEmpty();
        assertThat(people.get(account, year.dana).relationship().trust()).isEqualTo(TrustStage.NEW);
    }

    @DatabaseTest
    void partnershipsListShowsStageCaseAndSetbacks(TestDatabases.Vendor vendor, RelationshipInsights insights,
                                                   AccountId account) {
        YearInALife year = new YearInALife(vendor, account);

        assertThat(insights.partnerships(account, END_OF_JUNE)).singleElement().satisfies(p -> {
            assertThat(p.person().id()).isEqualTo(year.petra);
            assertThat(p.stage()).isEqualTo(PartnershipStage.ACTIVE);
            assertThat(p.writtenCase()).startsWith("We both win");
            assertThat(p.setbacks()).isEqualTo(1);
        });
    }

    @DatabaseTest
    void partnershipNeedsAWrittenCaseBeforeItIsProposed(PeopleService people, AccountId account) {
        PersonChanges proposed = PersonChanges.builder().name("Quinn").kind("partnership")
                .partnershipStage("proposed").build();

        assertThatThrownBy(() -> people.create(account, proposed))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("partnershipCase:");
    }

    @DatabaseTest
    void bridgeGoesFromStrainedToRepairingToRestoredInOrder(TestDatabases.Vendor vendor, BridgeService bridges,
                                                            AccountId account) {
        YearInALife year = new YearInALife(vendor, account);

        assertThatThrownBy(() -> bridges.restore(account, year.sam)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> bridges.repair(account, year.inna, new BridgeChanges(null, null, "a note",
                "2025-04-01"))).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> bridges.strain(account, year.inna, new BridgeChanges("a quarrel", null, null, null)))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("coolingOffUntil:");

        Bridge repairing = bridges.repair(account, year.sam, new BridgeChanges(null, null, "invite him for coffee",
                "2025-04-01"));
        assertThat(repairing.status().wire()).isEqualTo("repairing");
        assertThat(repairing.whatHappened()).isEqualTo("I missed his wedding");
        assertThat(bridges.restore(account, year.sam).status().wire()).isEqualTo("restored");
    }

    @DatabaseTest
    void commonGroundRanksOverlappingYearsFirstAndSaysWhy(TestDatabases.Vendor vendor, CommonGroundService ground,
                                                          AccountId account) {
        YearInALife year = new YearInALife(vendor, account);

        CommonGround olga = ground.between(account, "self", year.olga, END_OF_JUNE);
        CommonGround pavel = ground.between(account, "self", year.pavel, END_OF_JUNE);

        assertThat(olga.items()).extracting(CommonGroundItem::why).containsExactly(
                "you were both at MIT in 2010–2012",
                "you both worked at Acme in 2015–2016",
                "you both know Inna Ivanova",
                "you are both into climbing",
                "you were both with Nate Novak once");
        assertThat(olga.items()).extracting(CommonGroundItem::kind)
                .containsExactly("school", "employer", "mutual-connection", "interest", "together");
        assertThat(pavel.items()).extracting(CommonGroundItem::why)
                .containsExactly("you both studied at MIT (you 2008–2012, they 2015–2019)");
        assertThat(olga.items().getFirst().weight()).isGreaterThan(pavel.items().getFirst().weight());
    }

    @DatabaseTest
    void warmPathsGoThroughPeopleYouKnowBestFirstAndNeverThroughStrainedOnes(TestDatabases.Vendor vendor,
                                                                             PathService paths, AccountId account) {
        YearInALife year = new YearInALife(vendor, account);

        Paths toTara = paths.paths(account, year.tara, LocalDate.of(2025, 3, 15));

        assertThat(toTara.reachable()).isTrue();
        assertThat(toTara.paths()).hasSize(2);
        Paths.IntroPath best = toTara.paths().getFirst();
        assertThat(best.hops()).extracting(h -> h.person().name()).containsExactly("Alma Alves", "Tara Thompson");
        assertThat(best.strength()).isEqualTo(97);
        assertThat(best.hops().get(1).why()).isEqualTo("Alma Alves and Tara Thompson know each other (strength 5 of 5)");
        Paths.IntroPath second = toTara.paths().get(1);
        assertThat(second.hops()).extracting(h -> h.person().name())
                .containsExactly("Inna Ivanova", "Ben Brooks", "Tara Thompson");
        assertThat(second.strength()).isEqualTo(80);
        assertThat(second.hops().getFirst().why()).isEqualTo("you know them: last real touch 14 days ago,"
                + " you know each other (strength 5 of 5), strength 100");
        assertThat(second.hops().get(1).why()).isEqualTo("Inna Ivanova and Ben Brooks are colleagues (strength 5 of 5)");
        assertThat(toTara.paths()).flatExtracting(Paths.IntroPath::hops)
                .extracting(h -> h.person().name()).doesNotContain("Sam Stone");
    }

    @DatabaseTest
    void unreachablePersonGetsAClearAnswerNotAnError(TestDatabases.Vendor vendor, PathService paths,
                                                     AccountId account) {
        YearInALife year = new YearInALife(vendor, account);

        Paths toUma = paths.paths(account, year.uma, LocalDate.of(2025, 3, 15));

        assertThat(toUma.reachable()).isFalse();
        assertThat(toUma.paths()).isEmpty();
        assertThat(toUma.message()).startsWith("No warm path to Uma Usman within three hops");
    }
}
