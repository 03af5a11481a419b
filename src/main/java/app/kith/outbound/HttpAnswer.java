package app.kith.outbound;

/**
 * What a remote server answered: its status line and the start of its body (at most
 * {@link OutboundHttp#ANSWER_LIMIT} bytes), and where it pointed for a redirect (never followed).
 */
public record HttpAnswer(int status, String reason, String body, String location) {

    public boolean ok() {
        return status >= 200 && status < 300;
    }

    /** The answer in one line, as a user is shown it: {@code 200 OK: ok}. */
    public String summary() {
        String line = status + (reason == null || reason.isBlank() ? "" : " " + reason);
        if (location != null) {
            line += " (a redirect to " + location + ", which Kith does not follow: use the final address)";
        }
        String text = body == null ? "" : body.strip().replaceAll("\\s+", " ");
        return text.isEmpty() ? line : line + ": " + (text.length() > 500 ? text.substring(0, 500) + "…" : text);
    }
}
