package app.kith.dav;

import app.kith.people.PeopleChanged;
import app.kith.people.PeopleDeleted;
import app.kith.shared.AccountId;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Moves people's cards forward whenever the people module announces a change, inside the writing
 * transaction: a new change number for the account, and each card's ETag with it. Deleted people's
 * cards become tombstones, which the next sync reports as gone.
 * <p>
 * A card is moved once per transaction: its number is new and unseen until the commit (the counter's
 * row stays locked), so a second change in the same transaction, such as an import's affiliations
 * after its people, would only write the row again.
 */
@Component
class CardChanges {
    private final Cards cards;

    CardChanges(Cards cards) {
        this.cards = cards;
    }

    @EventListener
    void on(PeopleChanged changed) {
        List<String> fresh = changed.personIds().stream().distinct()
                .filter(id -> movedInThisTransaction().add(key(changed.account(), id))).toList();
        if (fresh.isEmpty()) {
            return;
        }
        long seq = cards.next(changed.account());
        if (changed.created()) {
            cards.added(changed.account(), fresh, seq);
        } else {
            cards.touched(changed.account(), fresh, seq);
        }
    }

    @EventListener
    void on(PeopleDeleted deleted) {
        cards.deleted(deleted.account(), deleted.personIds(), cards.next(deleted.account()));
        Collection<String> moved = movedInThisTransaction();
        deleted.personIds().forEach(id -> moved.remove(key(deleted.account(), id)));
    }

    private static String key(AccountId account, String personId) {
        return account.value() + ' ' + personId;
    }

    /** The cards this transaction has moved already; outside a transaction, a set that forgets. */
    private Set<String> movedInThisTransaction() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()
                || !TransactionSynchronizationManager.isSynchronizationActive()) {
            return new HashSet<>();
        }
        @SuppressWarnings("unchecked")
        Set<String> moved = (Set<String>) TransactionSynchronizationManager.getResource(this);
        if (moved == null) {
            Set<String> opened = new HashSet<>();
            TransactionSynchronizationManager.bindResource(this, opened);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(CardChanges.this);
                }
            });
            moved = opened;
        }
        return moved;
    }
}
