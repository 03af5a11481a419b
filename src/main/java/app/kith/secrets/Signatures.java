package app.kith.secrets;

import java.security.MessageDigest;
import java.util.Base64;
import org.springframework.stereotype.Component;

/**
 * Signs short messages (HMAC-SHA256) so that links Kith sends out cannot be forged, with a key of
 * each purpose's own derived from the server's key ({@link ServerKey}), so a signature made for one
 * use never passes for another.
 */
@Component
public class Signatures {
    private final ServerKey key;

    Signatures(ServerKey key) {
        this.key = key;
    }

    /** The signature of {@code message} for {@code purpose}, as URL-safe Base64 without padding. */
    public String sign(String purpose, String message) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(ServerKey.mac(key.forPurpose(purpose), message));
    }

    /** True when {@code signature} is this server's signature of the message for the purpose (constant time). */
    public boolean verifies(String purpose, String message, String signature) {
        byte[] given;
        try {
            given = Base64.getUrlDecoder().decode(signature);
        } catch (IllegalArgumentException e) {
            return false;
        }
        return MessageDigest.isEqual(given, ServerKey.mac(key.forPurpose(purpose), message));
    }
}
