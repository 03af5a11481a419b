package app.kith.sources;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * What Kith keeps of a message's identity: a SHA-256 hash of its Message-ID (or thread's), enough to
 * recognise it again, of one length however long the id, and not the id itself.
 */
final class Keys {
    private Keys() {
    }

    static String of(String text) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
