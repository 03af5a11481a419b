package app.kith.secrets;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The server's master key: {@code KITH_SECRET_KEY} when the operator sets it, else a random secret
 * made once and kept in the database. Nothing uses it directly: each purpose (signing links, sealing
 * credentials) gets a key of its own derived from it, so a key made for one use never serves another.
 */
@Component
class ServerKey {
    static final String HMAC = "HmacSHA256";
    private final String configured;
    private final ServerSecrets secrets;
    private volatile byte[] master;

    ServerKey(@Value("${kith.secret-key:}") String configured, ServerSecrets secrets) {
        this.configured = configured.strip();
        this.secrets = secrets;
    }

    /** The 32-byte key for a purpose: HMAC-SHA256 of its name under the master key. */
    byte[] forPurpose(String purpose) {
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

    static byte[] mac(byte[] key, String message) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(key, HMAC));
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has " + HMAC, e);
        }
    }
}
