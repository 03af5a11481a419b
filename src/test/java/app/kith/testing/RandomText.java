package app.kith.testing;

import java.util.Random;

/**
 * Random text glued together from given pieces, for checking a hand-written reader against the
 * regular expression (or library) it replaced: the pieces are the parts its rules care about.
 */
public final class RandomText {
    private RandomText() {
    }

    /** One to {@code most} pieces, each picked at random. */
    public static String of(Random random, String[] pieces, int most) {
        StringBuilder text = new StringBuilder();
        int n = 1 + random.nextInt(most);
        for (int i = 0; i < n; i++) {
            text.append(pieces[random.nextInt(pieces.length)]);
        }
        return text.toString();
    }
}
