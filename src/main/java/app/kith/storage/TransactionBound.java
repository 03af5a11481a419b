package app.kith.storage;

import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What a module keeps for the length of one transaction (statements kept open, changes to write as it
 * commits, what a read-only page already checked): made at the first use, bound to the transaction
 * under the module's key, and let go when the transaction ends. A value that is itself a
 * {@link TransactionSynchronization} is also registered, so it can do its own work before the commit
 * or as the transaction completes.
 */
public final class TransactionBound {

    private TransactionBound() {
    }

    /**
     * This transaction's value under {@code key}, made by {@code make} at the first ask; empty outside
     * a transaction.
     */
    @SuppressWarnings("unchecked")
    public static <T> Optional<T> get(Object key, Supplier<? extends T> make) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()
                || !TransactionSynchronizationManager.isSynchronizationActive()) {
            return Optional.empty();
        }
        Object bound = TransactionSynchronizationManager.getResource(key);
        if (bound == null) {
            bound = make.get();
            TransactionSynchronizationManager.bindResource(key, bound);
            if (bound instanceof TransactionSynchronization own) {
                TransactionSynchronizationManager.registerSynchronization(own);
            }
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(key);
                }
            });
        }
        return Optional.of((T) bound);
    }

    /** This transaction's value under {@code key} if it made one; empty otherwise, and outside a transaction. */
    @SuppressWarnings("unchecked")
    public static <T> Optional<T> find(Object key) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return Optional.empty();
        }
        return Optional.ofNullable((T) TransactionSynchronizationManager.getResource(key));
    }
}
