package app.kith.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kith.connections.ConnectionChanges;
import app.kith.connections.ConnectionService;
import app.kith.insights.RelationshipInsights;
import app.kith.interactions.InteractionChanges;
import app.kith.interactions.InteractionService;
import app.kith.organizations.OrganizationKind;
import app.kith.people.PeopleService;
import app.kith.people.PersonChanges;
import app.kith.shared.AccountId;
import app.kith.shared.InvalidInputException;
import app.kith.shared.Page;
import app.kith.testing.DatabaseTest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

class DirectoryServiceTests {

    @DatabaseTest
    void cardShowsCurrentEmployerAndLastInteraction(DirectoryService directory, InteractionService interactions,
                                                    AccountId account) {
        PersonCard card = directory.add(account, PersonChanges.named("Priya Raman"), List.of(
                new NewAffiliation("Old Co", OrganizationKind.COMPANY, "Intern", "2010", "2011"),
                new NewAffiliation("Hooli", OrganizationKind.COMPANY, "CTO", "2020", null)));
        interactions.log(account, new InteractionChanges(List.of(card.id()), "coffee", "gave", "2025-05-01", null));

        PersonCard read = directory.card(account, card.id());
        assertThat(read.organization()).isEqualTo("Hooli");
        assertThat(read.title()).isEqualTo("CTO");
        assertThat(read.lastInteraction()).hasToString("2025-05-01");
        assertThat(directory.list(account, new DirectoryFilter(null, null, null, null, null, "Hooli"),
                Page.Request.of(0, 10)).items()).extracting(PersonCard::name).containsExactly("Priya Raman");
    }

    @DatabaseTest
    void profileHasAffiliationsTimelineAndConnectionsWithNames(DirectoryService directory, PeopleService people,
                                                              InteractionService interactions,
                                                              ConnectionService connections, AccountId account) {
        String a = people.create(account, PersonChanges.named("Tomás")).id();
        String b = people.create(account, PersonChanges.named("Yuki")).id();
        interactions.log(account, new InteractionChanges(List.of(a, b), "dinner", "mutual", "2025-01-02", "<b>hi</b>"));
        connections.connect(account, new ConnectionChanges(a, b, "knows", 4, null));

        PersonProfile profile = directory.profile(account, a);
        assertThat(profile.recentInteractions()).singleElement().satisfies(t -> {
            assertThat(t.notes()).isEqualTo("<b>hi</b>");
            assertThat(t.participants()).extracting(PersonProfile.Participant::name)
                    .containsExactlyInAnyOrder("Tomás", "Yuki");
        });
        assertThat(profile.connections()).singleElement().satisfies(c -> assertThat(c.name()).isEqualTo("Yuki"));
    }

    @DatabaseTest
    void addingAPersonWithABadAffiliationWritesNothing(DirectoryService directory, AccountId account) {
        assertThatThrownBy(() -> directory.add(account, PersonChanges.named("Half Written"),
                List.of(new NewAffiliation("School", OrganizationKind.SCHOOL, null, "20x0", null))))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("start:");
        assertThat(directory.list(account, new DirectoryFilter("half", null, null, null, null, null),
                Page.Request.of(0, 10)).total()).isZero();
    }

    @DatabaseTest
    void cardsCarryTodaysHealthFromOneBatchAndSelfHasNone(DirectoryService directory, PeopleService people,
                                                         InteractionService interactions, RelationshipInsights insights,
                                                         Clock clock, AccountId account) {
        LocalDate today = LocalDate.now(clock);
        String giver = closeFriend(people, account, "Gia Giver");
        String asker = closeFriend(people, account, "Abe Asker");
        String stranger = closeFriend(people, account, "Sid Stranger");
        log(interactions, account, giver, "gave", today.minusDays(10));
        for (int i = 3; i >= 1; i--) {
            log(interactions, account, asker, "asked", today.minusDays(i));
        }

        Map<String, Integer> health = new HashMap<>();
        directory.list(account, DirectoryFilter.everyone(), Page.Request.of(0, 10)).items()
                .forEach(card -> health.put(card.self() ? "self" : card.id(), card.health()));

        assertThat(health).containsEntry(giver, 100).containsEntry(asker, 10).containsEntry(stranger, 20)
                .containsEntry("self", null);
        insights.standings(account, List.of(giver, asker, stranger), today)
                .forEach((id, standing) -> assertThat(health).containsEntry(id, standing.health()));
        assertThat(directory.card(account, asker).health()).isEqualTo(10);
        assertThat(directory.card(account, PeopleService.SELF).health()).isNull();
    }

    @DatabaseTest
    void profileExplainsItsHealthInWords(DirectoryService directory, PeopleService people,
                                         InteractionService interactions, Clock clock, AccountId account) {
        LocalDate today = LocalDate.now(clock);
        String asker = closeFriend(people, account, "Abe Asker");
        for (int i = 3; i >= 1; i--) {
            log(interactions, account, asker, "asked", today.minusDays(i));
        }

        PersonProfile profile = directory.profile(account, asker);
        PersonProfile self = directory.profile(account, PeopleService.SELF);

        assertThat(profile.health()).isEqualTo(10);
        assertThat(profile.healthExplanation()).isEqualTo("no real touch yet, cadence 30"
                + " · your last 3 touches were asks · mostly asks: 3 of 3 touches in the last 12 months");
        assertThat(self.health()).isNull();
        assertThat(self.healthExplanation()).isNull();
    }

    @DatabaseTest
    void aWholeNetworksCardsComeFromOnePassAndMatchTheCardsOfAPage(DirectoryService directory, PeopleService people,
                                                                   InteractionService interactions, Clock clock,
                                                                   AccountId account) {
        LocalDate today = LocalDate.now(clock);
        List<PersonChanges> many = new ArrayList<>();
        for (int i = 0; i < 2100; i++) {
            many.add(PersonChanges.builder().name("Member " + i).circle(i % 2 == 0 ? "network" : "none").build());
        }
        List<String> ids = new ArrayList<>(people.createAll(account, many));
        ids.set(0, directory.add(account, PersonChanges.builder().name("Worker Wren")
                .emails(List.of("wren@example.com")).circle("close").tags(List.of("climbing")).build(),
                List.of(new NewAffiliation("Acme", OrganizationKind.COMPANY, "Engineer", "2020", null))).id());
        log(interactions, account, ids.get(0), "gave", today.minusDays(3));
        log(interactions, account, ids.get(1), "asked", today.minusDays(40));
        log(interactions, account, ids.get(2), "mutual", today.minusDays(400));
        interactions.log(account, new InteractionChanges(List.of(ids.get(0)), "setback", "neutral",
                today.minusDays(20).toString(), "A broken promise"));

        Map<String, PersonCard> whole = new HashMap<>();
        directory.list(account, DirectoryFilter.everyone(), Page.Request.first(null)).items()
                .forEach(card -> whole.put(card.id(), card));
        Map<String, PersonCard> page = new HashMap<>();
        directory.list(account, DirectoryFilter.everyone(), Page.Request.of(0, 10)).items()
                .forEach(card -> page.put(card.id(), card));

        assertThat(whole).hasSize(2102).containsAllEntriesOf(page);
        assertThat(whole.get(ids.get(0))).satisfies(wren -> {
            assertThat(wren.emails()).containsExactly("wren@example.com");
            assertThat(wren.tags()).containsExactly("climbing");
            assertThat(wren.organization()).isEqualTo("Acme");
        });
        for (String id : ids.subList(0, 3)) {
            assertThat(whole.get(id)).as("the one pass and the lookup by id agree").isEqualTo(directory.card(account, id));
        }
        assertThat(whole.get(ids.get(0)).lastInteraction()).isEqualTo(today.minusDays(3));
        assertThat(whole.get(ids.get(2)).lastInteraction()).isEqualTo(today.minusDays(400));
        assertThat(whole.get(ids.get(3)).lastInteraction()).isNull();
    }

    private static String closeFriend(PeopleService people, AccountId account, String name) {
        return people.create(account, PersonChanges.builder().name(name).circle("close").build()).id();
    }

    private static void log(InteractionService interactions, AccountId account, String person, String direction,
                            LocalDate day) {
        interactions.log(account, new InteractionChanges(List.of(person), "call", direction, day.toString(), null));
    }

    @DatabaseTest
    void overdueFilterListsWhomTodayAsksToReachOutTo(DirectoryService directory, PeopleService people,
                                                     InteractionService interactions, Clock clock, AccountId account) {
        String due = people.create(account, PersonChanges.builder().name("Due Dana").circle("close").build()).id();
        String touched = people.create(account, PersonChanges.builder().name("Touched Tariq").circle("close").build()).id();
        people.create(account, PersonChanges.named("Untracked Uma"));
        interactions.log(account, new InteractionChanges(List.of(due), "coffee", "asked",
                LocalDate.now(clock).minusDays(1).toString(), null));
        interactions.log(account, new InteractionChanges(List.of(touched), "coffee", "gave",
                LocalDate.now(clock).minusDays(1).toString(), null));

        List<String> overdue = directory.list(account, new DirectoryFilter(null, null, null, null, null, null, true),
                Page.Request.of(0, 10)).items().stream().map(PersonCard::name).toList();

        assertThat(overdue).containsExactly("Due Dana");
    }

    @DatabaseTest
    void listOrdersByLastTouchOrWeakestHealthAndPagesAfterOrdering(DirectoryService directory, PeopleService people,
                                                                   InteractionService interactions, Clock clock,
                                                                   AccountId account) {
        LocalDate today = LocalDate.now(clock);
        Map<String, String> ids = new HashMap<>();
        for (String name : List.of("Ana Old", "Ben Recent", "Cy Never")) {
            ids.put(name, people.create(account, PersonChanges.builder().name(name).circle("close").build()).id());
        }
        interactions.log(account, new InteractionChanges(List.of(ids.get("Ana Old")), "call", "gave",
                today.minusDays(200).toString(), null));
        interactions.log(account, new InteractionChanges(List.of(ids.get("Ben Recent")), "call", "gave",
                today.minusDays(1).toString(), null));
        DirectoryFilter close = new DirectoryFilter(null, null, "close", null, null, null);

        List<String> byTouch = directory.list(account, close, PeopleOrder.LAST_TOUCH, Page.Request.of(0, 10)).items()
                .stream().map(PersonCard::name).toList();
        List<String> weakest = directory.list(account, close, PeopleOrder.HEALTH, Page.Request.of(0, 10)).items()
                .stream().map(PersonCard::name).toList();
        Page<PersonCard> second = directory.list(account, close, PeopleOrder.LAST_TOUCH, Page.Request.of(1, 2));

        assertThat(byTouch).containsExactly("Ben Recent", "Ana Old", "Cy Never");
        assertThat(weakest.getLast()).isEqualTo("Ben Recent");
        assertThat(second.total()).isEqualTo(3);
        assertThat(second.items()).extracting(PersonCard::name).containsExactly("Cy Never");
    }
}
