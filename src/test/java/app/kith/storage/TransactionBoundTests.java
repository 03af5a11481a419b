package app.kith.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionTemplate;

class TransactionBoundTests {
    /** Transactions with nothing behind them: what is bound to one, and when it is let go, is all there is to see. */
    private final TransactionTemplate transaction = new TransactionTemplate(new AbstractPlatformTransactionManager() {
        @Override
        protected Object doGetTransaction() {
            return new Object();
        }

        @Override
        protected void doBegin(Object transaction, TransactionDefinition definition) {
        }

        @Override
        protected void doCommit(DefaultTransactionStatus status) {
        }

        @Override
        protected void doRollback(DefaultTransactionStatus status) {
        }
    });

    private final Object key = new Object();

    @Test
    void aValueIsMadeOncePerTransactionAndLetGoWhenItEnds() {
        List<Object> made = new ArrayList<>();

        transaction.executeWithoutResult(status -> {
            made.add(TransactionBound.get(key, Object::new).orElseThrow());
            made.add(TransactionBound.get(key, Object::new).orElseThrow());
            made.add(TransactionBound.find(key).orElseThrow());
        });
        Optional<Object> afterwards = TransactionBound.find(key);
        transaction.executeWithoutResult(status -> {
            assertThat(TransactionBound.find(key)).as("nothing made yet in this one").isEmpty();
            made.add(TransactionBound.get(key, Object::new).orElseThrow());
        });

        assertThat(made.get(1)).isSameAs(made.get(0));
        assertThat(made.get(2)).isSameAs(made.get(0));
        assertThat(afterwards).isEmpty();
        assertThat(made.get(3)).as("the next transaction's own").isNotSameAs(made.get(0));
    }

    @Test
    void aValueThatIsASynchronizationHearsTheCommitAndIsLetGoAfterARollback() {
        Heard heard = new Heard();

        transaction.executeWithoutResult(status -> TransactionBound.get(key, () -> heard));
        transaction.executeWithoutResult(status -> {
            assertThat(TransactionBound.get(key, Heard::new)).get().as("let go at the commit").isNotSameAs(heard);
            status.setRollbackOnly();
        });

        assertThat(heard.commits).isEqualTo(1);
        assertThat(TransactionBound.find(key)).as("let go at the rollback").isEmpty();
    }

    @Test
    void outsideATransactionNothingIsMade() {
        List<Object> made = new ArrayList<>();

        Optional<Object> got = TransactionBound.get(key, () -> {
            Object one = new Object();
            made.add(one);
            return one;
        });

        assertThat(got).isEmpty();
        assertThat(made).isEmpty();
        assertThat(TransactionBound.find(key)).isEmpty();
    }

    private static final class Heard implements TransactionSynchronization {
        int commits;

        @Override
        public void beforeCommit(boolean readOnly) {
            commits++;
        }
    }
}
