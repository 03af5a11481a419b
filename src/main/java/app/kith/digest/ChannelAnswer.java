package app.kith.digest;

/**
 * What happened when a digest was handed to a channel: {@code answer} is the receiving server's own
 * answer (the mail server's reply, the webhook's status and body), or why it could not be sent.
 */
public record ChannelAnswer(Channel channel, boolean ok, String answer) {
}
