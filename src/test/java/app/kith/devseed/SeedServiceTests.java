package app.kith.devseed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kith.connections.ConnectionService;
import app.kith.directory.DirectoryFilter;
import app.kith.directory.DirectoryService;
import app.kith.directory.PersonCard;
import app.kith.interactions.Direction;
import app.kith.interactions.Interaction;
import app.kith.interactions.InteractionFilter;
import app.kith.interactions.InteractionKind;
import app.kith.interactions.InteractionService;
import app.kith.organizations.AffiliationRole;
import app.kith.organizations.OrganizationService;
import app.kith.people.Circle;
import app.kith.people.PeopleFilter;
import app.kith.people.PeopleService;
import app.kith.people.PersonSummary;
import app.kith.shared.AccountId;
import app.kith.shared.InvalidInputException;
import app.kith.shared.Page;
import app.kith.shared.Text;
import app.kith.testing.DatabaseTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

class SeedServiceTests {

    private static List<String> names(PeopleService people, AccountId account) {
        return people.list(account, PeopleFilter.everyone(), Page.Request.of(0, Page.MAX_SIZE)).items().stream()
                .filter(p -> !p.self()).map(PersonSummary::name).toList();
    }

    private static Map<Direction, Long> directions(InteractionService interactions, AccountId account) {
        Map<Direction, Long> counts = new EnumMap<>(Direction.class);
        for (Direction d : Direction.values()) {
            counts.put(d, interactions.list(account, new InteractionFilter(null, null, d, null, null),
                    Page.Request.of(0, 1)).total());
        }
        return counts;
    }

    private static List<Interaction> allInteractions(InteractionService interactions, AccountId account) {
        List<Interaction> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            Page<Interaction> p = interactions.list(account, InteractionFilter.all(), Page.Request.of(page, 500));
            all.addAll(p.items());
            if (all.size() >= p.total()) {
                return all;
            }
        }
    }

    @DatabaseTest
    void theSameSeedGivesTheSameNetwork(SeedService seeds, PeopleService people, InteractionService interactions,
                                        AccountId first, AccountId second, AccountId other) {
        SeedReport a = seeds.seed(first, 120, 600, 42);
        SeedReport b = seeds.seed(second, 120, 600, 42);
        seeds.seed(other, 120, 600, 43);

        assertThat(b).isEqualTo(a);
        assertThat(names(people, second)).isEqualTo(names(people, first)).hasSize(120);
        assertThat(directions(interactions, second)).isEqualTo(directions(interactions, first));
        assertThat(names(people, other)).isNotEqualTo(names(people, first));
    }

    @DatabaseTest
    void theReportCountsWhatWasStored(SeedService seeds, PeopleService people, OrganizationService organizations,
                                      InteractionService interactions, ConnectionService connections,
                                      AccountId account) {
        SeedReport report = seeds.seed(account, 150, 700, 7);

        List<String> ids = people.list(account, PeopleFilter.everyone(), Page.Request.of(0, Page.MAX_SIZE))
                .items().stream().map(PersonSummary::id).toList();
        assertThat(ids).hasSize(report.people() + 1);
        assertThat(organizations.list(account, null, null, Page.Request.of(0, 1)).total())
                .isEqualTo(report.organizations());
        assertThat(organizations.affiliationsOf(account, ids).values().stream().mapToInt(List::size).sum())
                .isEqualTo(report.affiliations());
        assertThat(interactions.list(account, InteractionFilter.all(), Page.Request.of(0, 1)).total())
                .isEqualTo(report.interactions()).isEqualTo(700);
        assertThat(connections.list(account, null, Page.Request.of(0, 1)).total()).isEqualTo(report.connections());
        assertThat(report.connections()).isPositive();
        assertThat(organizations.affiliationsOf(account, PeopleService.SELF)).hasSize(3);
    }

    @DatabaseTest
    void seededDataStaysInItsAccount(SeedService seeds, PeopleService people, OrganizationService organizations,
                                     InteractionService interactions, ConnectionService connections,
                                     AccountId seeded, AccountId untouched) {
        seeds.seed(seeded, 50, 200, 1);

        assertThat(names(people, untouched)).isEmpty();
        assertThat(organizations.list(untouched, null, null, Page.Request.of(0, 1)).total()).isZero();
        assertThat(interactions.list(untouched, InteractionFilter.all(), Page.Request.of(0, 1)).total()).isZero();
        assertThat(connections.list(untouched, null, Page.Request.of(0, 1)).total()).isZero();
        assertThat(people.list(untouched, new PeopleFilter(names(people, seeded).getFirst(), null, null, null, null,
                null), Page.Request.of(0, 10)).items()).allMatch(PersonSummary::self);
    }

    @DatabaseTest
    void searchFindsSeededPeopleByNamePrefixAndEmployer(SeedService seeds, DirectoryService directory,
                                                       AccountId account) {
        seeds.seed(account, 200, 0, 3);
        List<PersonCard> everyone = directory.list(account, DirectoryFilter.everyone(),
                Page.Request.of(0, Page.MAX_SIZE)).items();

        PersonCard accented = everyone.stream().filter(p -> p.name().matches(".*[ąęłńóśźżøåäöüéèñíáúçğışđăươ].*"))
                .findFirst().orElseThrow();
        String typed = Text.fold(accented.name()).split(" ")[1];
        assertThat(search(directory, account, typed.substring(0, Math.min(4, typed.length()))))
                .contains(accented.name());

        PersonCard employed = everyone.stream().filter(p -> p.organization() != null && !p.self()).findFirst()
                .orElseThrow();
        assertThat(search(directory, account, employed.organization())).contains(employed.name());
    }

    private static List<String> search(DirectoryService directory, AccountId account, String query) {
        return directory.list(account, new DirectoryFilter(query, null, null, null, null, null),
                Page.Request.of(0, Page.MAX_SIZE)).items().stream().map(PersonCard::name).toList();
    }

    @DatabaseTest
    void directoryCardsShowEachPersonsCurrentEmployerAndLastInteraction(SeedService seeds, DirectoryService directory,
                                                                       OrganizationService organizations,
                                                                       InteractionService interactions,
                                                                       AccountId account) {
        seeds.seed(account, 80, 400, 5);

        List<PersonCard> cards = directory.list(account, DirectoryFilter.everyone(), Page.Request.of(0, 100)).items();
        assertThat(cards).anyMatch(c -> c.organization() != null).anyMatch(c -> c.lastInteraction() != null);
        for (PersonCard card : cards) {
            var job = organizations.affiliationsOf(account, card.id()).stream()
                    .filter(a -> a.current() && a.role() == AffiliationRole.WORKS_AT)
                    .findFirst();
            assertThat(card.organization()).isEqualTo(job.map(a -> a.organizationName()).orElse(null));
            assertThat(card.title()).isEqualTo(job.map(a -> a.title()).orElse(null));
            var recent = interactions.recent(account, card.id(), 1);
            assertThat(card.lastInteraction()).isEqualTo(recent.isEmpty() ? null : recent.getFirst().date());
        }
    }

    @DatabaseTest
    void theNetworkLooksLikeARealOne(SeedService seeds, PeopleService people, InteractionService interactions,
                                     AccountId account) {
        seeds.seed(account, 400, 400, 11);
        var persons = people.list(account, PeopleFilter.everyone(), Page.Request.of(0, Page.MAX_SIZE)).items()
                .stream().filter(p -> !p.self()).map(p -> people.get(account, p.id())).toList();
        List<String> names = persons.stream().map(p -> p.name()).toList();

        assertThat(names).anyMatch(n -> n.matches(".*\\p{IsGreek}.*"))
                .anyMatch(n -> n.matches(".*\\p{IsCyrillic}.*"))
                .anyMatch(n -> n.matches(".*\\p{IsHan}.*"))
                .anyMatch(n -> n.matches(".*\\p{IsArabic}.*"))
                .anyMatch(n -> n.matches(".*[łąęśż].*"))
                .anyMatch(n -> n.matches(".*[øå].*"))
                .anyMatch(n -> n.matches(".*[ễạầ].*"));
        assertThat(persons).anyMatch(p -> p.nickname() != null)
                .anyMatch(p -> !p.contact().emails().isEmpty())
                .anyMatch(p -> !p.contact().phones().isEmpty() && p.contact().phones().getFirst().startsWith("+"))
                .anyMatch(p -> p.contact().linkedin() != null)
                .anyMatch(p -> p.birthday() != null && p.birthday().year() == null)
                .anyMatch(p -> p.birthday() != null && p.birthday().year() != null)
                .anyMatch(p -> !p.tags().isEmpty())
                .anyMatch(p -> Set.of(Circle.INNER, Circle.CLOSE).contains(p.relationship().circle()));
        assertThat(persons.stream().filter(p -> Set.of(Circle.NETWORK, Circle.NONE).contains(p.relationship().circle()))
                .count()).isGreaterThan(persons.size() / 2);

        List<Interaction> all = allInteractions(interactions, account);
        LocalDate today = LocalDate.now();
        assertThat(all).extracting(Interaction::kind).contains(InteractionKind.values());
        assertThat(all).extracting(Interaction::direction).contains(Direction.values());
        assertThat(all).extracting(i -> i.participantIds().size()).contains(1, 2, 3).allMatch(n -> n >= 1 && n <= 3);
        assertThat(all).allMatch(i -> !i.date().isAfter(today) && i.date().isAfter(today.minusYears(3).minusDays(2)));
    }

    @DatabaseTest
    void theSmallestNetworkIsOnePersonWithoutInteractions(SeedService seeds, PeopleService people,
                                                         AccountId account) {
        SeedReport report = seeds.seed(account, 1, 0, 99);

        assertThat(report.people()).isEqualTo(1);
        assertThat(report.interactions()).isZero();
        assertThat(report.connections()).isZero();
        assertThat(names(people, account)).hasSize(1);
    }

    @DatabaseTest
    void badArgumentsNameTheOptionAndWriteNothing(SeedService seeds, PeopleService people, AccountId account) {
        assertThatThrownBy(() -> seeds.seed(account, 0, 10, 1))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("--people:");
        assertThatThrownBy(() -> seeds.seed(account, SeedService.MAX_PEOPLE + 1, 10, 1))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("--people:");
        assertThatThrownBy(() -> seeds.seed(account, 10, -1, 1))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("--interactions:");
        assertThatThrownBy(() -> seeds.seed(account, 10, SeedService.MAX_INTERACTIONS + 1, 1))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("--interactions:");
        assertThat(names(people, account)).isEmpty();
    }
}
