package app.kith.secrets;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Encrypts secrets Kith must keep and use again, such as a mailbox's password: AES-256-GCM (the
 * JDK's {@code AES/GCM/NoPadding}) under a key derived for the purpose from the server's key
 * ({@link ServerKey}), with a random 12-byte nonce per sealing. The context (say, the account and
 * source the secret belongs to) is authenticated with it, so a sealed value copied to another row
 * does not open there. A sealed value is {@code v1.} and the Base64 of nonce, ciphertext and tag.
 */
@Component
public class Sealing {
    private static final String PREFIX = "v1.";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ServerKey key;

    Sealing(ServerKey key) {
        this.key = key;
    }

    /** The secret, sealed for the purpose and context. */
    public String seal(String purpose, String context, String secret) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        byte[] sealed = run(Cipher.ENCRYPT_MODE, purpose, context, nonce, secret.getBytes(StandardCharsets.UTF_8));
        return PREFIX + Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length).put(nonce)
                .put(sealed).array());
    }

    /**
     * The secret a {@link #seal} made for this purpose and context. A value sealed under another
     * server key (KITH_SECRET_KEY changed), for another context, or altered, does not open.
     */
    public String open(String purpose, String context, String sealed) {
        byte[] bytes;
        try {
            bytes = sealed != null && sealed.startsWith(PREFIX) ? Base64.getDecoder().decode(sealed.substring(3)) : null;
        } catch (IllegalArgumentException e) {
            bytes = null;
        }
        if (bytes == null || bytes.length <= NONCE_BYTES) {
            throw new SealBroken("the stored secret is not one Kith sealed");
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        byte[] nonce = new byte[NONCE_BYTES];
        buffer.get(nonce);
        byte[] ciphertext = new byte[buffer.remaining()];
        buffer.get(ciphertext);
        return new String(run(Cipher.DECRYPT_MODE, purpose, context, nonce, ciphertext), StandardCharsets.UTF_8);
    }

    private byte[] run(int mode, String purpose, String context, byte[] nonce, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, new SecretKeySpec(key.forPurpose("sealing " + purpose), "AES"),
                    new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (AEADBadTagException e) {
            throw new SealBroken("the stored secret cannot be opened with this server's key"
                    + " (was KITH_SECRET_KEY changed?)");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has AES/GCM/NoPadding", e);
        }
    }

    /** A sealed value that does not open: made under another key, for another context, or altered. */
    public static final class SealBroken extends RuntimeException {
        SealBroken(String message) {
            super(message);
        }
    }
}
