package app.kith.shared;

import java.security.SecureRandom;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Public ids: UUIDv7 (RFC 9562), time-ordered so inserts stay local in indexes, with 74 random bits
 * so they cannot be guessed.
 */
public final class Ids {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private Ids() {
    }

    public static String newId() {
        long millis = System.currentTimeMillis();
        long randA = RANDOM.nextInt(1 << 12);
        long randB = RANDOM.nextLong();
        long msb = (millis << 16) | 0x7000L | randA;
        long lsb = (randB & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb).toString();
    }

    /** True when the text has the shape of an id; anything else can never name a row. */
    public static boolean looksValid(String id) {
        return id != null && UUID_TEXT.matcher(id).matches();
    }
}
