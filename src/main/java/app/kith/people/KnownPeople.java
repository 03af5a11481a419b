package app.kith.people;

import app.kith.shared.AccountId;
import app.kith.storage.TransactionBound;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The people a read-only transaction has found to be the account's, and the account's own person: a
 * page asks several modules about one person, and each of them first checks that the person is the
 * account's, a statement each. A transaction that writes nothing cannot delete them, so within it the
 * first answer holds. Outside a read-only transaction nothing is remembered.
 */
final class KnownPeople {
    private final Set<String> people = new HashSet<>();
    private final Map<AccountId, String> selves = new HashMap<>();

    private KnownPeople() {
    }

    /** This read-only transaction's known people, or empty outside one. */
    static Optional<KnownPeople> current() {
        if (!TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            return Optional.empty();
        }
        return TransactionBound.get(KnownPeople.class, KnownPeople::new);
    }

    boolean has(AccountId account, String id) {
        return people.contains(key(account, id));
    }

    void add(AccountId account, Collection<String> ids) {
        ids.forEach(id -> people.add(key(account, id)));
    }

    Optional<String> self(AccountId account) {
        return Optional.ofNullable(selves.get(account));
    }

    void self(AccountId account, String id) {
        selves.put(account, id);
        people.add(key(account, id));
    }

    private static String key(AccountId account, String id) {
        return account.value() + ' ' + id;
    }
}
