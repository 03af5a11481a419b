package app.kith.devseed;

import app.kith.accounts.Account;
import app.kith.accounts.AccountService;
import app.kith.shared.AccountId;
import app.kith.shared.ConflictException;
import app.kith.shared.InvalidInputException;
import app.kith.storage.PlannerStatistics;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Many seeded accounts in one process ({@code kith dev seed --accounts N}), for benchmarks that need
 * a server with many members: accounts {@code seed-0001@kith.invalid} … each with its own synthetic
 * network. They have no password (as an account made by {@code kith init} without one): nobody signs
 * in to them, and a thousand of them need no thousand password hashes. Each account is one
 * transaction, so a cut-off run keeps the accounts it finished. The planner's statistics are refreshed
 * after accounts 1, 2, 4, 8 … and at the end, not after each account.
 */
@Service
public class ManyAccounts {
    public static final int MAX_ACCOUNTS = 10_000;

    private final AccountService accounts;
    private final SeedService seeds;
    private final TransactionTemplate transaction;
    private final PlannerStatistics statistics;

    ManyAccounts(AccountService accounts, SeedService seeds, PlatformTransactionManager transactions,
            PlannerStatistics statistics) {
        this.accounts = accounts;
        this.seeds = seeds;
        this.statistics = statistics;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** The email of the i-th seeded account, from 1. */
    public static String email(int i) {
        return String.format(Locale.ROOT, "seed-%04d@kith.invalid", i);
    }

    /** Creates {@code count} accounts and seeds each; refused when the database already has an account. */
    public List<AccountId> create(int count, int people, int interactions, long seed, IntConsumer done) {
        if (count < 1 || count > MAX_ACCOUNTS) {
            throw new InvalidInputException("--accounts", "must be 1 to " + MAX_ACCOUNTS);
        }
        if (!accounts.none()) {
            throw new ConflictException("this database already has an account; seeded accounts need a database"
                    + " of their own (use a new data folder or schema)");
        }
        List<AccountId> made = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            int n = i;
            made.add(transaction.execute(status -> {
                Account account = accounts.create(email(n), "Seeded " + n, null);
                seeds.seed(account.id(), people, interactions, seed + n, Integer.bitCount(n) == 1);
                return account.id();
            }));
            done.accept(n);
        }
        statistics.refresh();
        return List.copyOf(made);
    }
}
