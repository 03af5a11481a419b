package app.kith.devseed;

import app.kith.accounts.Account;
import app.kith.accounts.AccountService;
import app.kith.shared.ConflictException;
import app.kith.shared.Ids;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A demo in one command ({@code kith dev seed --demo}): an account with a generated password,
 * holding a synthetic network. Only for a database without accounts: beside a real account, a demo
 * would mix invented people into a real database and make every command ask for {@code --account}.
 */
@Service
public class DemoService {
    public static final String EMAIL = "demo@kith.invalid";
    public static final int PEOPLE = 300;
    public static final int INTERACTIONS = 3_000;
    private static final String NAME = "Demo";
    /** 144 random bits, 24 characters of Base64: strong, and short enough to type once. */
    private static final int PASSWORD_BYTES = 18;

    private final AccountService accounts;
    private final SeedService seeds;

    DemoService(AccountService accounts, SeedService seeds) {
        this.accounts = accounts;
        this.seeds = seeds;
    }

    /**
     * Creates the demo account and seeds it, all or nothing. Refused (a conflict) when the database
     * has any account, the demo's own included: its password was shown once, when it was made.
     */
    @Transactional
    public DemoAccount create(int people, int interactions, long seed) {
        if (!accounts.none()) {
            throw new ConflictException(accounts.byEmail(EMAIL).isPresent()
                    ? "the demo account " + EMAIL + " already exists (its password was shown when it was made);"
                            + " for a new demo, use a new data folder"
                    : "this database already has an account, and a demo needs a database of its own;"
                            + " use a new data folder, or seed your account without --demo");
        }
        String password = Ids.secret(PASSWORD_BYTES);
        Account account = accounts.create(EMAIL, NAME, password);
        SeedReport report = seeds.seed(account.id(), people, interactions, seed);
        return new DemoAccount(account.email(), password, report);
    }
}
