package app.kith.shared;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Public ids: UUIDv7 (RFC 9562), time-ordered so inserts stay local in indexes, with 74 random bits
 * so they cannot be guessed.
 */
public final class Ids {
    private static final SecureRandom RANDOM = new SecureRandom();
    /**
     * Random bytes drawn from {@link #RANDOM} four kilobytes at a time, as each draw of the system's
     * generator takes its lock and mixes in a SHA-1 round.
     */
    private static final ByteBuffer POOL = ByteBuffer.allocate(4096).position(4096);
    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private Ids() {
    }

    public static String newId() {
        long millis = System.currentTimeMillis();
        long randA;
        long randB;
        synchronized (POOL) {
            if (POOL.remaining() < 10) {
                RANDOM.nextBytes(POOL.array());
                POOL.clear();
            }
            randA = POOL.getShort() & 0xFFFL;
            randB = POOL.getLong();
        }
        long msb = (millis << 16) | 0x7000L | randA;
        long lsb = (randB & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb).toString();
    }

    /**
     * A secret of this many random bytes, as URL-safe Base64 without padding: API tokens, feed
     * addresses, upload names, generated passwords.
     */
    public static String secret(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    /**
     * How a secret is stored: its SHA-256 digest in hex. Enough for random secrets of {@link #secret}'s
     * entropy, and fast enough to check on every request.
     */
    public static String secretHash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** True when the text has the shape of an id; anything else can never name a row. */
    public static boolean looksValid(String id) {
        return id != null && UUID_TEXT.matcher(id).matches();
    }

    /**
     * What {@code find} reads for this id, else a {@link NotFoundException} naming {@code what}; text
     * that cannot be an id is not looked up.
     */
    public static <T> T found(String what, String id, Function<String, Optional<T>> find) {
        if (!looksValid(id)) {
            throw new NotFoundException(what, String.valueOf(id));
        }
        return find.apply(id).orElseThrow(() -> new NotFoundException(what, id));
    }
}
