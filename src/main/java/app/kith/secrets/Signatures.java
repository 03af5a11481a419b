package app.kith.secrets;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Signs short messages (HMAC-SHA256) so that links Kith sends out cannot be forged. The key comes
 * from {@code KITH_SECRET_KEY} when the operator sets it, else from a random secret made once and
 * kept in the database; either way each purpose gets a key of its own, so a signature made for one
 * use never passes for another.
 */
@Component
public class Signatures {
    private static final String ALGORITHM = "HmacSHA256";
    private final String configured;
    private final ServerSecrets secrets;
    private volatile byte[] master;

    Signatures(@Value("${kith.secret-key:}") String configured, ServerSecrets secrets) {
        this.configured = configured.strip();
        this.secrets = secrets;
    }

    /** The signature of {@code message} for {@code purpose}, as URL-safe Base64 without padding. */
    public String sign(String purpose, String message) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(mac(key(purpose), message));
    }

    /** True when {@code signature} is this server's signature of the message for the purpose (constant time). */
    public boolean verifies(String purpose, String message, String signature) {
        byte[] given;
        try {
            given = Base64.getUrlDecoder().decode(signature);
        } catch (IllegalArgumentException e) {
            return false;
        }
        return MessageDigest.isEqual(given, mac(key(purpose), message));
    }

    private byte[] key(String purpose) {
        return mac(master(), "kith key for " + purpose);
    }

    private byte[] master() {
        byte[] key = master;
        if (key == null) {
            String secret = configured.isEmpty() ? secrets.named("link-signing") : configured;
            key = secret.getBytes(StandardCharsets.UTF_8);
            master = key;
        }
        return key;
    }

    private static byte[] mac(byte[] key, String message) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has " + ALGORITHM, e);
        }
    }
}
