package app.kith.accounts;

import app.kith.people.PeopleService;
import app.kith.shared.AccountId;
import app.kith.shared.ConflictException;
import app.kith.shared.Ids;
import app.kith.shared.InvalidInputException;
import app.kith.shared.NotFoundException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The accounts module's API: create accounts with their self person, and find the one a command acts for. */
@Service
public class AccountService {
    private static final int BCRYPT_BYTES = 72;

    private final Accounts accounts;
    private final PeopleService people;
    private final Clock clock;
    private final PasswordEncoder passwords = new BCryptPasswordEncoder();
    /**
     * A bcrypt hash (cost 10, of two random UUIDs nobody kept), checked against when an email is
     * unknown so that the answer takes as long as for a known one. Written out rather than computed,
     * so that no command or server start pays for hashing it.
     */
    private static final String UNUSABLE_HASH = "$2a$10$KaInh/fy9Z6WSJ/suy7A1Oo2cDJnToegy00YJrWLAZDXrb1FPHKf2";

    AccountService(Accounts accounts, PeopleService people, Clock clock) {
        this.accounts = accounts;
        this.people = people;
        this.clock = clock;
    }

    /** Creates an account and the person who represents its owner. The password may be null (CLI-only use). */
    @Transactional
    public Account create(String email, String name, String password) {
        String cleanEmail = email == null ? "" : email.strip();
        if (!cleanEmail.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || cleanEmail.length() > 320) {
            throw new InvalidInputException("email", "'" + email + "' is not an email address");
        }
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("name", "is required");
        }
        String hash = null;
        if (password != null) {
            hash = passwords.encode(bcryptInput(PasswordRule.checked(password)));
        }
        if (accounts.byEmail(cleanEmail).isPresent()) {
            throw new ConflictException("an account for " + cleanEmail + " already exists");
        }
        AccountId id = new AccountId(Ids.newId());
        accounts.insert(id, cleanEmail, hash, clock.instant());
        accounts.setSelf(id, people.createSelf(id, name).id());
        return accounts.byId(id).orElseThrow();
    }

    public Optional<Account> byEmail(String email) {
        return accounts.byEmail(email);
    }

    public Account get(AccountId id) {
        return accounts.byId(id).orElseThrow(() -> new NotFoundException("account", id.value()));
    }

    /**
     * The account a command acts for: the one with this email, or, when none is named, the only
     * account there is.
     */
    public Account resolve(String email) {
        if (email != null && !email.isBlank()) {
            return accounts.byEmail(email).orElseThrow(() -> new NotFoundException("account", email));
        }
        List<Account> all = accounts.all();
        if (all.isEmpty()) {
            throw new NotFoundException("account",
                    "(none yet: run 'kith init --email E --name NAME', or 'kith dev seed --demo' for a demo)");
        }
        if (all.size() > 1) {
            throw new InvalidInputException("--account", "there are several accounts; say which with --account EMAIL");
        }
        return all.getFirst();
    }

    /** True until the first account exists: web sign-up is always open for that one. */
    public boolean none() {
        return accounts.all().isEmpty();
    }

    /**
     * The account whose email and password these are. An unknown email costs the same hashing work
     * as a wrong password, so the answer and its timing say nothing about which accounts exist.
     */
    public Optional<Account> authenticate(String email, String password) {
        Optional<Account> account = email == null ? Optional.empty() : accounts.byEmail(email);
        String hash = account.flatMap(a -> accounts.passwordHash(a.id())).orElse(UNUSABLE_HASH);
        boolean matches = password != null && passwords.matches(bcryptInput(password), hash);
        return matches ? account : Optional.empty();
    }

    /** Sets a new password after checking the current one. */
    @Transactional
    public void changePassword(AccountId id, String current, String replacement) {
        if (!passwordMatches(id, current == null ? "" : current)) {
            throw new InvalidInputException("currentPassword", "is not your current password");
        }
        accounts.setPasswordHash(id, passwords.encode(bcryptInput(PasswordRule.checked(replacement))));
    }

    /** Deletes the account and, through the database's cascades, every row of its data. */
    @Transactional
    public void delete(AccountId id) {
        accounts.delete(id);
    }

    /** Checks a password; false for unknown accounts and accounts without one, the same way. */
    public boolean passwordMatches(AccountId id, String password) {
        return accounts.passwordHash(id).map(hash -> passwords.matches(bcryptInput(password), hash)).orElse(false);
    }

    /**
     * Bcrypt reads at most 72 bytes, and Kith accepts passwords of up to 128 characters (up to 512
     * bytes of UTF-8). A longer password is first reduced to its SHA-256 digest (44 characters of
     * Base64), so every character counts; passwords that fit are hashed as they are, as always.
     */
    private static String bcryptInput(String password) {
        byte[] bytes = password.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= BCRYPT_BYTES) {
            return password;
        }
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
