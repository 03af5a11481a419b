package app.kith.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kith.shared.AccountId;
import app.kith.shared.ConflictException;
import app.kith.shared.InvalidInputException;
import app.kith.shared.NotFoundException;
import app.kith.shared.Page;
import app.kith.testing.DatabaseTest;
import java.util.List;

class PeopleServiceTests {

    private static PersonChanges person(String name) {
        return PersonChanges.named(name);
    }

    private static List<String> names(PeopleService people, AccountId account, String query) {
        return people.list(account, new PeopleFilter(query, null, null, null, null, null), Page.Request.of(0, 50))
                .items().stream().map(PersonSummary::name).toList();
    }

    @DatabaseTest
    void createdPersonCanBeReadBackWithNormalizedContactPoints(PeopleService people, AccountId account) {
        PersonChanges changes = PersonChanges.builder().name("Ada Lovelace").nickname("Ada")
                .emails(List.of(" Ada@Example.COM ")).phones(List.of("+44 20 7946 0958"))
                .urls(List.of("linkedin.com/in/ada%C3%A9")).birthday("--12-10").howWeMet("at a salon").circle("inner")
                .cadenceDays(21).kind("both").trust("trusted").tags(List.of("Math", "math", "poetry")).notes("notes")
                .build();
        Person created = people.create(account, changes);

        Person read = people.get(account, created.id());
        assertThat(read.name()).isEqualTo("Ada Lovelace");
        assertThat(read.contact().emails()).containsExactly("Ada@Example.COM");
        assertThat(read.contact().phones()).containsExactly("+442079460958");
        assertThat(read.contact().linkedin()).isNotNull();
        assertThat(read.birthday().year()).isNull();
        assertThat(read.birthday().toString()).isEqualTo("--12-10");
        assertThat(read.relationship().circle()).isEqualTo(Circle.INNER);
        assertThat(read.relationship().cadenceDays()).isEqualTo(21);
        assertThat(read.relationship().kind()).isEqualTo(RelationshipKind.BOTH);
        assertThat(read.tags()).containsExactly("Math", "poetry");
    }

    @DatabaseTest
    void searchIgnoresAccentsCaseAndFindsPrefixes(PeopleService people, AccountId account) {
        people.create(account, person("Zofia Wróblewska"));
        people.create(account, person("Mette Sørensen"));
        people.create(account, person("Łukasz Nowak").withName("Łukasz Nowak"));
        people.create(account, PersonChanges.builder().name("Sam Green").emails(List.of("sam@hooli.example"))
                .tags(List.of("climbing")).build());

        assertThat(names(people, account, "wroblew")).containsExactly("Zofia Wróblewska");
        assertThat(names(people, account, "SORENSEN")).containsExactly("Mette Sørensen");
        assertThat(names(people, account, "lukasz")).containsExactly("Łukasz Nowak");
        assertThat(names(people, account, "sam@hoo")).containsExactly("Sam Green");
        assertThat(names(people, account, "climb")).containsExactly("Sam Green");
        assertThat(names(people, account, "nobody")).isEmpty();
    }

    @DatabaseTest
    void anotherAccountsPersonIsNotFoundAndStaysUnchanged(PeopleService people, AccountId owner, AccountId other) {
        Person theirs = people.create(owner, person("Grace Hopper"));

        assertThatThrownBy(() -> people.get(other, theirs.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> people.update(other, theirs.id(), person("Mallory")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> people.delete(other, theirs.id())).isInstanceOf(NotFoundException.class);
        assertThat(people.get(owner, theirs.id()).name()).isEqualTo("Grace Hopper");
        assertThat(names(people, other, "grace")).isEmpty();
    }

    @DatabaseTest
    void searchListsNamesStartingWithTheQueryFirstThenOtherMatchesAcrossPages(PeopleService people,
                                                                             AccountId account) {
        for (String name : List.of("Bob Marley", "Maria Curie", "Anna Maria", "Marek Żak", "Zed Nobody")) {
            people.create(account, person(name).withName(name));
        }
        PeopleFilter mar = new PeopleFilter("mar", null, null, null, null, null);

        Page<PersonSummary> first = people.list(account, mar, Page.Request.of(0, 3));
        Page<PersonSummary> second = people.list(account, mar, Page.Request.of(1, 3));

        assertThat(first.items()).extracting(PersonSummary::name).containsExactly("Marek Żak", "Maria Curie",
                "Anna Maria");
        assertThat(second.items()).extracting(PersonSummary::name).containsExactly("Bob Marley");
        assertThat(first.total()).isEqualTo(4);
        // The first group fills page 0 exactly; page 1 starts the other matches from their first.
        assertThat(people.list(account, mar, Page.Request.of(1, 2)).items()).extracting(PersonSummary::name)
                .containsExactly("Anna Maria", "Bob Marley");
        assertThat(people.list(account, mar, Page.Request.of(0, 1)).items()).extracting(PersonSummary::name)
                .containsExactly("Marek Żak");
        assertThat(people.list(account, new PeopleFilter("MARI", null, null, null, null, null), Page.Request.of(0, 10))
                .items()).extracting(PersonSummary::name).containsExactly("Maria Curie", "Anna Maria");
    }

    @DatabaseTest
    void listsFilterByCircleAndTagTogetherWithSearch(PeopleService people, AccountId account) {
        people.create(account, PersonChanges.builder().name("Ola Inner").circle("inner").tags(List.of("chess"))
                .build());
        people.create(account, PersonChanges.builder().name("Ola Outer").circle("network").tags(List.of("chess"))
                .build());
        people.create(account, PersonChanges.builder().name("Ewa Inner").circle("inner").tags(List.of("running"))
                .build());

        assertThat(people.list(account, new PeopleFilter(null, null, Circle.INNER, null, null, null),
                Page.Request.of(0, 10)).items()).extracting(PersonSummary::name)
                .containsExactly("Ewa Inner", "Ola Inner");
        assertThat(people.list(account, new PeopleFilter(null, "Chess", null, null, null, null),
                Page.Request.of(0, 10)).items()).extracting(PersonSummary::name)
                .containsExactly("Ola Inner", "Ola Outer");
        Page<PersonSummary> both = people.list(account, new PeopleFilter("ola", "chess", Circle.INNER, null, null,
                null), Page.Request.of(0, 10));
        assertThat(both.items()).extracting(PersonSummary::name).containsExactly("Ola Inner");
        assertThat(both.total()).isEqualTo(1);
    }

    @DatabaseTest
    void badInputNamesTheFieldAndWritesNothing(PeopleService people, AccountId account) {
        PersonChanges bad = PersonChanges.builder().name("Eve").emails(List.of("not-an-email")).build();

        assertThatThrownBy(() -> people.create(account, bad))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("emails:");
        assertThatThrownBy(() -> people.create(account, person("Eve").withName(" ")))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("name:");
        assertThat(names(people, account, "eve")).isEmpty();
    }

    @DatabaseTest
    void editChangesOnlyTheGivenFields(PeopleService people, AccountId account) {
        Person p = people.create(account, PersonChanges.builder().name("Linus").emails(List.of("l@example.com"))
                .circle("close").tags(List.of("kernel")).build());
        people.update(account, p.id(), PersonChanges.builder().nickname("Lin").bridge("strained").build());

        Person read = people.get(account, p.id());
        assertThat(read.nickname()).isEqualTo("Lin");
        assertThat(read.contact().emails()).containsExactly("l@example.com");
        assertThat(read.relationship().circle()).isEqualTo(Circle.CLOSE);
        assertThat(read.relationship().bridge()).isEqualTo(BridgeStatus.STRAINED);
        assertThat(read.tags()).containsExactly("kernel");
    }

    @DatabaseTest
    void selfIsTheAccountsOwnPersonAndCannotBeDeleted(PeopleService people, AccountId account) {
        Person self = people.get(account, PeopleService.SELF);
        assertThat(self.self()).isTrue();
        assertThatThrownBy(() -> people.delete(account, PeopleService.SELF))
                .isInstanceOf(ConflictException.class);
    }

    @DatabaseTest
    void blankTagNamesAreInvalidInputNamingTheFieldAndWriteNothing(PeopleService people, TagService tags,
                                                                   AccountId account) {
        String ada = people.create(account, person("Ada")).id();
        Tag math = tags.create(account, "math");

        assertThatThrownBy(() -> tags.create(account, "  "))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("name"));
        assertThatThrownBy(() -> tags.create(account, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("name"));
        assertThatThrownBy(() -> tags.create(account, "x".repeat(61)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("name"));
        assertThatThrownBy(() -> tags.rename(account, math.id(), " "))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("name"));
        assertThatThrownBy(() -> tags.tagAll(account, List.of(ada), ""))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("tag"));
        assertThatThrownBy(() -> tags.tagAll(account, List.of(ada), "!!"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("tag"));

        assertThat(tags.all(account)).extracting(Tag::name).containsExactly("math");
        assertThat(people.get(account, ada).tags()).isEmpty();
    }
}
