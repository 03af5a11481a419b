package app.kith.devseed;

import app.kith.connections.ConnectionKind;
import app.kith.interactions.Direction;
import app.kith.interactions.InteractionKind;
import app.kith.organizations.OrganizationKind;
import app.kith.people.PersonChanges;
import java.time.LocalDate;

/**
 * The synthetic network before it is stored. People are referred to by their position in the
 * generated list, so the network is the same for the same seed whatever ids the database hands out.
 */
final class Synthetic {
    /** Stands for the account's own person in an affiliation. */
    static final int SELF = -1;

    private Synthetic() {
    }

    /** A person, and how much of the account owner's time they get (inner circle most). */
    record Person(PersonChanges changes, double weight) {
    }

    record Affiliation(int person, String organization, OrganizationKind kind, String title, String start,
                       String end) {
    }

    record Interaction(InteractionKind kind, Direction direction, LocalDate date, String notes, int[] participants) {
    }

    record Connection(int a, int b, ConnectionKind kind, int strength, String note) {
    }
}
