package app.kith.shared;

import java.util.function.Function;

/** One field of a sparse change: a field the change leaves null keeps its current value. */
public final class Patch {
    private Patch() {
    }

    /** The changed value, or the current one when the change leaves it null. */
    public static <T> T field(T change, T current) {
        return change == null ? current : change;
    }

    /** The changed value read by {@code parse} (which may refuse it), or the current one when the change leaves it null. */
    public static <T, R> R field(T change, R current, Function<? super T, ? extends R> parse) {
        return change == null ? current : parse.apply(change);
    }
}
