package app.kith.insights;

import app.kith.connections.ConnectionsChanged;
import app.kith.interactions.InteractionsChanged;
import app.kith.people.PeopleChanged;
import app.kith.people.PeopleDeleted;
import app.kith.shared.AccountId;
import app.kith.shared.Ids;
import app.kith.storage.TablesRestored;
import app.kith.storage.TransactionBound;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The network overview and graph, kept in the database per account until the day ends or what they
 * are drawn from changes: computing them reads every tracked person's touches. Every write to their
 * sources (people, interactions, connections, circle cadences, restores) is announced inside its
 * transaction, in the server and in the CLI alike, and gives the account a new revision in that
 * transaction; a picture kept for another revision or another day is drawn again.
 */
@Component
class KeptPictures {
    private static final Logger log = LoggerFactory.getLogger(KeptPictures.class);
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final TransactionTemplate transaction;

    KeptPictures(JdbcClient jdbc, JsonMapper json, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.json = json;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * The picture of this type as kept for the day, or else drawn by {@code draw} and kept. The
     * revision is read before the drawing: a write committed while it draws leaves it stale.
     */
    <T extends Record> T kept(AccountId account, LocalDate day, Class<T> type, Supplier<T> draw) {
        String picture = name(type);
        Kept kept = jdbc.sql("""
                        SELECT r.revision, p.day, p.revision AS kept_revision, p.body
                        FROM (SELECT COALESCE(MAX(revision), '') AS revision FROM insight_revisions
                              WHERE account_id = :account) r
                        LEFT JOIN insight_pictures p ON p.account_id = :account AND p.picture = :picture""")
                .param("account", account.value()).param("picture", picture)
                .query((rs, n) -> new Kept(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .single();
        if (day.toString().equals(kept.day()) && kept.revision().equals(kept.keptRevision())) {
            return json.readValue(kept.body(), type);
        }
        T drawn = draw.get();
        // A write of its own (on SQLite it takes its turn among the writers), though a look is a read.
        try {
            transaction.executeWithoutResult(status -> jdbc.sql("""
                            INSERT INTO insight_pictures (account_id, picture, day, revision, body) VALUES (?, ?, ?, ?, ?)
                            ON CONFLICT (account_id, picture)
                            DO UPDATE SET day = excluded.day, revision = excluded.revision, body = excluded.body""")
                    .params(account.value(), picture, day.toString(), kept.revision(), json.writeValueAsString(drawn))
                    .update());
        } catch (DataAccessException | TransactionException e) {
            // The database would not take the write in time (a long import holding SQLite's lock): the
            // picture is shown all the same, and the next look draws it again.
            log.warn("The {} of account {} was drawn but could not be kept: {}", type.getSimpleName(), account,
                    e.getMostSpecificCause().getMessage());
        }
        return drawn;
    }

    /**
     * What the account's pictures are drawn from changed: none kept so far is current once the writing
     * transaction commits. The new revision is written once per transaction, as it commits, so its
     * row is locked (on PostgreSQL) only from then on: writers of one account do not wait for each
     * other's whole transactions.
     */
    void changed(AccountId account) {
        NewRevisions pending = TransactionBound.get(this, NewRevisions::new).orElse(null);
        if (pending == null || pending.written) {
            newRevision(account);
        } else {
            pending.accounts.add(account);
        }
    }

    private void newRevision(AccountId account) {
        jdbc.sql("""
                        INSERT INTO insight_revisions (account_id, revision) VALUES (?, ?)
                        ON CONFLICT (account_id) DO UPDATE SET revision = excluded.revision""")
                .params(account.value(), Ids.newId()).update();
    }

    @EventListener
    void on(PeopleChanged changed) {
        changed(changed.account());
    }

    @EventListener
    void on(PeopleDeleted deleted) {
        changed(deleted.account());
    }

    @EventListener
    void on(InteractionsChanged changed) {
        changed(changed.account());
    }

    @EventListener
    void on(ConnectionsChanged changed) {
        changed(changed.account());
    }

    @EventListener
    void on(TablesRestored restored) {
        changed(restored.account());
    }

    /**
     * The picture's name and the shape of its record, so a release that changes the shape never reads
     * a picture kept by another as its own.
     */
    static String name(Class<? extends Record> type) {
        StringBuilder shape = new StringBuilder();
        describe(type, shape, new HashSet<>());
        return type.getSimpleName() + ' ' + Integer.toHexString(shape.toString().hashCode());
    }

    private static void describe(Type type, StringBuilder shape, Set<Type> seen) {
        shape.append(type.getTypeName()).append(';');
        if (type instanceof ParameterizedType parameterized) {
            for (Type argument : parameterized.getActualTypeArguments()) {
                describe(argument, shape, seen);
            }
        } else if (type instanceof Class<?> c && c.isRecord() && seen.add(c)) {
            for (RecordComponent component : c.getRecordComponents()) {
                shape.append(component.getName()).append(':');
                describe(component.getGenericType(), shape, seen);
            }
        } else if (type instanceof Class<?> c && c.isEnum() && seen.add(c)) {
            for (Object constant : c.getEnumConstants()) {
                shape.append(constant).append(',');
            }
        }
    }

    private record Kept(String revision, String day, String keptRevision, String body) {
    }

    /** The accounts a transaction changed, given their new revisions as it commits. */
    private final class NewRevisions implements TransactionSynchronization {
        private final Set<AccountId> accounts = new LinkedHashSet<>();
        /** Set once written: a change announced by another module's work before the commit is written at once. */
        private boolean written;

        @Override
        public void beforeCommit(boolean readOnly) {
            written = true;
            accounts.forEach(KeptPictures.this::newRevision);
        }
    }
}
