package app.kith.dav;

import app.kith.people.PeopleChanged;
import app.kith.people.PeopleDeleted;
import app.kith.shared.AccountId;
import app.kith.storage.TransactionBound;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;

/**
 * Moves people's cards forward whenever the people module announces a change: a new change number
 * for the account, and each card's ETag with it. Deleted people's cards become tombstones, which the
 * next sync reports as gone.
 * <p>
 * Inside a transaction the cards move as it commits, all at once under one new number: the account's
 * counter row stays locked from its increment until the commit (so that a sync token never skips a
 * change), and taken at the start of a write it held every other writer of the account for the whole
 * write (on PostgreSQL, CardDAV PUTs over 8 connections waited on it for most of their time, issue 13).
 * A card is moved once per transaction however often its person changes in it. Outside a transaction,
 * or announced after the move, a change moves its cards at once.
 */
@Component
class CardChanges {
    private final Cards cards;

    CardChanges(Cards cards) {
        this.cards = cards;
    }

    @EventListener
    void on(PeopleChanged changed) {
        Moves moves = moves(changed.account());
        for (String id : changed.personIds()) {
            if (changed.created()) {
                moves.added.add(id);
            } else if (!moves.added.contains(id)) {
                moves.touched.add(id);
            }
        }
        moveNowIfDue(moves);
    }

    @EventListener
    void on(PeopleDeleted deleted) {
        Moves moves = moves(deleted.account());
        for (String id : deleted.personIds()) {
            // A person made and deleted in one transaction never had a card anyone saw.
            if (!moves.added.remove(id)) {
                moves.touched.remove(id);
                moves.deleted.add(id);
            }
        }
        moveNowIfDue(moves);
    }

    /**
     * Gives a person's card the name and UID a client chose and the card it sent, as the transaction
     * commits, after the person's own move; the claim says the card's change number (its ETag) from then on.
     */
    Claim claim(AccountId account, String personId, String href, String uid, String card) {
        Claim claim = new Claim(personId, href, uid, card);
        Moves moves = moves(account);
        moves.claims.add(claim);
        moveNowIfDue(moves);
        return claim;
    }

    /** Moves the cards this transaction has changed so far now, under one new number; later changes wait again. */
    void moveNow() {
        TransactionBound.<Pending>find(this).ifPresent(pending -> pending.accounts.values().forEach(this::move));
    }

    /** A card a client sent, kept as its transaction commits. */
    static final class Claim {
        private final String personId;
        private final String href;
        private final String uid;
        private final String card;
        private Long seq;

        private Claim(String personId, String href, String uid, String card) {
            this.personId = personId;
            this.href = href;
            this.uid = uid;
            this.card = card;
        }

        /** The card's change number, once its transaction has moved the cards. */
        long seq() {
            if (seq == null) {
                throw new IllegalStateException("the card's transaction has not committed");
            }
            return seq;
        }
    }

    /** One account's moves in one transaction. */
    private static final class Moves {
        private final AccountId account;
        private final Set<String> added = new LinkedHashSet<>();
        private final Set<String> touched = new LinkedHashSet<>();
        private final Set<String> deleted = new LinkedHashSet<>();
        private final List<Claim> claims = new ArrayList<>();
        /** True when the moves are written as they come: outside a transaction, or after its moves were written. */
        private final boolean now;

        private Moves(AccountId account, boolean now) {
            this.account = account;
            this.now = now;
        }
    }

    private void moveNowIfDue(Moves moves) {
        if (moves.now) {
            move(moves);
        }
    }

    /** Writes the moves under one new change number (none when only claims are left) and forgets them. */
    private void move(Moves moves) {
        AccountId account = moves.account;
        if (!moves.added.isEmpty() || !moves.touched.isEmpty() || !moves.deleted.isEmpty()) {
            long seq = cards.next(account);
            if (!moves.added.isEmpty()) {
                cards.added(account, moves.added, seq);
            }
            if (!moves.touched.isEmpty()) {
                cards.touched(account, moves.touched, seq);
            }
            if (!moves.deleted.isEmpty()) {
                cards.deleted(account, moves.deleted, seq);
            }
        }
        for (Claim claim : moves.claims) {
            claim.seq = cards.claim(account, claim.personId, claim.href, claim.uid, claim.card);
        }
        moves.added.clear();
        moves.touched.clear();
        moves.deleted.clear();
        moves.claims.clear();
    }

    /** The account's moves in this transaction, registered on first use. */
    private Moves moves(AccountId account) {
        Pending pending = TransactionBound.get(this, Pending::new).orElse(null);
        if (pending == null || pending.moved) {
            return new Moves(account, true);
        }
        return pending.accounts.computeIfAbsent(account, a -> new Moves(a, false));
    }

    /** A transaction's moves, account by account, written just before it commits. */
    private final class Pending implements TransactionSynchronization {
        private final Map<AccountId, Moves> accounts = new LinkedHashMap<>();
        private boolean moved;

        @Override
        public void beforeCommit(boolean readOnly) {
            moved = true;
            accounts.values().forEach(CardChanges.this::move);
        }
    }
}
