package app.kith.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kith.shared.AccountId;
import app.kith.shared.InvalidInputException;
import app.kith.shared.NotFoundException;
import app.kith.testing.DatabaseTest;
import java.util.List;

/** A merge where the user picks the surviving value of each field that differs (the web app's merge form). */
class PersonMergerChoicesTests {

    private static PersonChanges person(String name, String email, String birthday, String notes) {
        return PersonChanges.builder().name(name).emails(List.of(email)).birthday(birthday).notes(notes).build();
    }

    private static PersonChanges picked(String name, String birthday) {
        return PersonChanges.builder().name(name).birthday(birthday).build();
    }

    @DatabaseTest
    void valuesPickedFromTheOtherPersonSurviveAndTheirConflictsAreSettled(PersonMerger merger, PeopleService people,
                                                                          AccountId account) {
        Person keep = people.create(account, person("Kate Jonson", "kate@old.example", "1980-04-02", "met at work"));
        Person other = people.create(account, person("Katherine Johnson", "kate@new.example", "--04-02",
                "plays chess"));

        MergeResult result = merger.merge(account, keep.id(), other.id(), picked(other.name(), null));

        Person kept = people.get(account, keep.id());
        assertThat(kept.name()).isEqualTo("Katherine Johnson");
        assertThat(kept.birthday().toString()).as("the kept value where nothing was picked").isEqualTo("1980-04-02");
        assertThat(kept.contact().emails()).containsExactlyInAnyOrder("kate@old.example", "kate@new.example");
        assertThat(result.conflicts()).noneMatch(c -> c.startsWith("name:"))
                .anyMatch(c -> c.startsWith("birthday:")).anyMatch(c -> c.startsWith("notes:"));
        assertThatThrownBy(() -> people.get(account, other.id())).isInstanceOf(NotFoundException.class);
    }

    @DatabaseTest
    void anUnusablePickedValueUndoesTheWholeMerge(PersonMerger merger, PeopleService people, AccountId account) {
        Person keep = people.create(account, person("Ada Lovelace", "ada@one.example", null, null));
        Person other = people.create(account, person("Ada King", "ada@two.example", null, null));

        assertThatThrownBy(() -> merger.merge(account, keep.id(), other.id(), picked(null, "the 32nd of never")))
                .isInstanceOf(InvalidInputException.class);

        assertThat(people.get(account, other.id()).contact().emails()).containsExactly("ada@two.example");
        assertThat(people.get(account, keep.id()).contact().emails()).containsExactly("ada@one.example");
    }

    @DatabaseTest
    void anotherAccountsPeopleCannotBeMerged(PersonMerger merger, PeopleService people, AccountId owner,
                                             AccountId stranger) {
        Person keep = people.create(owner, person("Grace Hopper", "grace@one.example", null, null));
        Person other = people.create(owner, person("Grace B. Hopper", "grace@two.example", null, null));

        assertThatThrownBy(() -> merger.merge(stranger, keep.id(), other.id(), picked("Mallory", null)))
                .isInstanceOf(NotFoundException.class);

        assertThat(people.get(owner, keep.id()).name()).isEqualTo("Grace Hopper");
        assertThat(people.get(owner, other.id()).name()).isEqualTo("Grace B. Hopper");
    }
}
