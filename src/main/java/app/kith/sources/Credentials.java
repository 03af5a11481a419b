package app.kith.sources;

import app.kith.secrets.Sealing;
import app.kith.shared.AccountId;
import org.springframework.stereotype.Component;

/**
 * A source's password, sealed at rest under the server's key ({@link Sealing}) for that one source of
 * that one account: a sealed value copied to another row does not open there.
 */
@Component
class Credentials {
    private static final String PURPOSE = "source credentials";

    private final Sealing sealing;

    Credentials(Sealing sealing) {
        this.sealing = sealing;
    }

    String seal(AccountId account, String sourceId, String password) {
        return sealing.seal(PURPOSE, context(account, sourceId), password);
    }

    String open(AccountId account, String sourceId, String sealed) {
        return sealing.open(PURPOSE, context(account, sourceId), sealed);
    }

    private static String context(AccountId account, String sourceId) {
        return account.value() + "/" + sourceId;
    }
}
