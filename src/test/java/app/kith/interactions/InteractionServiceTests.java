package app.kith.interactions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kith.people.PeopleService;
import app.kith.people.PersonChanges;
import app.kith.shared.AccountId;
import app.kith.shared.Ids;
import app.kith.shared.InvalidInputException;
import app.kith.shared.NotFoundException;
import app.kith.shared.Page;
import app.kith.testing.DatabaseTest;
import app.kith.testing.TestPeople;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

class InteractionServiceTests {

    @DatabaseTest
    void loggedInteractionDefaultsToNeutralTodayAndListsNewestFirst(InteractionService interactions,
                                                                     PeopleService people, AccountId account) {
        String a = people.create(account, PersonChanges.named("Ama")).id();
        String b = people.create(account, PersonChanges.named("Kofi")).id();
        Interaction dinner = interactions.log(account,
                new InteractionChanges(List.of(a, b), "dinner", null, null, "birthday dinner"));
        interactions.log(account, new InteractionChanges(List.of(a), "call", "asked", "2024-02-29", null));

        assertThat(dinner.direction()).isEqualTo(Direction.NEUTRAL);
        assertThat(dinner.date()).isEqualTo(LocalDate.now());
        assertThat(interactions.get(account, dinner.id()).participantIds()).containsExactlyInAnyOrder(a, b);
        assertThat(interactions.recent(account, a, 10)).extracting(Interaction::kind)
                .containsExactly(InteractionKind.DINNER, InteractionKind.CALL);
        assertThat(interactions.recent(account, b, 10)).hasSize(1);
        assertThat(interactions.lastInteractionDates(account, List.of(a, b))).containsEntry(b, LocalDate.now());
        assertThat(interactions.list(account, new InteractionFilter(null, null, Direction.ASKED, null, null),
                Page.Request.of(0, 10)).total()).isEqualTo(1);
    }

    @DatabaseTest
    void interactionsLoggedInBulkMoveALastTouchOnlyForward(InteractionService interactions, PeopleService people,
                                                           AccountId account) {
        String ama = TestPeople.add(people, account, "Ama", "close", null, null);
        String kofi = TestPeople.add(people, account, "Kofi", "close", null, null);
        interactions.log(account, new InteractionChanges(List.of(ama), "call", "gave", "2025-06-01", null));

        interactions.logAll(account, List.of(
                bulk(InteractionKind.DINNER, Direction.NEUTRAL, "2024-01-01", ama),
                bulk(InteractionKind.CALL, Direction.ASKED, "2025-09-01", ama, kofi),
                bulk(InteractionKind.COFFEE, Direction.GAVE, "2025-03-01", kofi)));

        assertThat(people.touchedAfter(account, LocalDate.parse("2025-05-31")))
                .as("an older interaction leaves the later touch").containsExactly(ama);
        assertThat(people.touchedAfter(account, LocalDate.parse("2025-06-01")))
                .as("asking is not a touch").isEmpty();
        assertThat(people.touchedAfter(account, LocalDate.parse("2025-02-28"))).containsExactlyInAnyOrder(ama, kofi);
    }

    private static Interaction bulk(InteractionKind kind, Direction direction, String day, String... people) {
        return new Interaction(Ids.newId(), kind, direction, LocalDate.parse(day), null, List.of(people), Instant.now());
    }

    @DatabaseTest
    void unknownParticipantWritesNothing(InteractionService interactions, PeopleService people, AccountId account) {
        String a = people.create(account, PersonChanges.named("Ama")).id();
        String missing = "0190f0b8-0000-7000-8000-000000000000";

        assertThatThrownBy(() -> interactions.log(account,
                new InteractionChanges(List.of(a, missing), "coffee", "gave", null, null)))
                .isInstanceOf(NotFoundException.class);
        assertThat(interactions.recent(account, a, 10)).isEmpty();
    }

    @DatabaseTest
    void badKindDirectionOrDateNamesTheField(InteractionService interactions, AccountId account) {
        assertThatThrownBy(() -> interactions.log(account, new InteractionChanges(List.of("self"), "brunch", null, null, null)))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("kind:");
        assertThatThrownBy(() -> interactions.log(account, new InteractionChanges(List.of("self"), "call", "took", null, null)))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("direction:");
        assertThatThrownBy(() -> interactions.log(account, new InteractionChanges(List.of("self"), "call", null, "2024-13-01", null)))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("date:");
    }

    @DatabaseTest
    void anotherAccountsInteractionIsNotFound(InteractionService interactions, PeopleService people,
                                             AccountId owner, AccountId other) {
        String a = people.create(owner, PersonChanges.named("Ama")).id();
        Interaction i = interactions.log(owner, new InteractionChanges(List.of(a), "coffee", "gave", null, null));

        assertThatThrownBy(() -> interactions.get(other, i.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> interactions.delete(other, i.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> interactions.log(other, new InteractionChanges(List.of(a), "call", null, null, null)))
                .isInstanceOf(NotFoundException.class);
        assertThat(interactions.get(owner, i.id()).direction()).isEqualTo(Direction.GAVE);
    }
}
