package app.kith.sources;

/**
 * What {@link Captures#record} made of a batch.
 *
 * @param counted   captures not seen before
 * @param logged    interactions logged with people you know
 * @param suggested captures counted towards suggestions
 */
public record CaptureResult(int counted, int logged, int suggested) {

    CaptureResult plus(CaptureResult other) {
        return new CaptureResult(counted + other.counted, logged + other.logged, suggested + other.suggested);
    }
}
