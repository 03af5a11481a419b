package app.kith.digest;

/**
 * The outcome of sending a day's digest now, per channel: {@code sent}, {@code failed},
 * {@code skipped-empty}, or {@code already-sent} / {@code being-sent} when the log says it went
 * (or is going) already and it was not forced.
 */
public record SendResult(Channel channel, String outcome, String message) {

    public boolean failed() {
        return outcome.equals("failed");
    }
}
