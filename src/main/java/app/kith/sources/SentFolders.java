package app.kith.sources;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which folder holds the mail you sent: the one the server marks {@code \Sent} (RFC 6154, SPECIAL-USE),
 * else the first with one of the names mail programs use for it.
 */
final class SentFolders {
    private static final List<String> USUAL = List.of("sent", "sent items", "sent messages", "sent mail",
            "[gmail]/sent mail", "inbox.sent", "inbox/sent", "gesendet", "envoyés", "enviados", "verzonden",
            "skickat", "sendt");

    private SentFolders() {
    }

    /** The sent folder among these folders (full name to LIST attributes), or empty when none looks like one. */
    static Optional<String> among(Map<String, List<String>> folders) {
        Optional<String> marked = folders.entrySet().stream()
                .filter(f -> f.getValue().stream().anyMatch(a -> a.equalsIgnoreCase("\\Sent")))
                .map(Map.Entry::getKey).sorted().findFirst();
        if (marked.isPresent()) {
            return marked;
        }
        for (String usual : USUAL) {
            Optional<String> named = folders.keySet().stream()
                    .filter(name -> name.toLowerCase(Locale.ROOT).equals(usual)).sorted().findFirst();
            if (named.isPresent()) {
                return named;
            }
        }
        return Optional.empty();
    }
}
