package app.kith.dav;

import app.kith.people.PeopleChanged;
import app.kith.people.PeopleDeleted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Moves people's cards forward whenever the people module announces a change, inside the writing
 * transaction: a new change number for the account, and each card's ETag with it. Deleted people's
 * cards become tombstones, which the next sync reports as gone.
 */
@Component
class CardChanges {
    private final Cards cards;

    CardChanges(Cards cards) {
        this.cards = cards;
    }

    @EventListener
    void on(PeopleChanged changed) {
        cards.touched(changed.account(), changed.personIds(), cards.next(changed.account()));
    }

    @EventListener
    void on(PeopleDeleted deleted) {
        cards.deleted(deleted.account(), deleted.personIds(), cards.next(deleted.account()));
    }
}
