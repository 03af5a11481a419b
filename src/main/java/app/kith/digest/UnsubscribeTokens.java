package app.kith.digest;

import app.kith.secrets.Signatures;
import app.kith.shared.AccountId;
import app.kith.shared.Ids;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Unsubscribe tokens: the account and the last day the link works, signed with the server's key,
 * so a digest's unsubscribe link works without signing in and nobody can make one for another
 * account. A link stays valid for {@value #DAYS} days, long enough for an old message in a mailbox.
 */
@Component
class UnsubscribeTokens {
    static final int DAYS = 60;
    private static final String PURPOSE = "digest-unsubscribe";

    private final Signatures signatures;

    UnsubscribeTokens(Signatures signatures) {
        this.signatures = signatures;
    }

    String issue(AccountId account, LocalDate today) {
        String message = account.value() + "." + today.plusDays(DAYS).toEpochDay();
        return message + "." + signatures.sign(PURPOSE, message);
    }

    /** The account a token unsubscribes, when it is this server's and has not expired by {@code today}. */
    Optional<AccountId> account(String token, LocalDate today) {
        String[] parts = token == null ? new String[0] : token.split("\\.");
        if (parts.length != 3 || !Ids.looksValid(parts[0]) || !parts[1].matches("\\d{1,9}")) {
            return Optional.empty();
        }
        String message = parts[0] + "." + parts[1];
        if (!signatures.verifies(PURPOSE, message, parts[2]) || today.toEpochDay() > Long.parseLong(parts[1])) {
            return Optional.empty();
        }
        return Optional.of(new AccountId(parts[0]));
    }
}
