package app.kith.sources;

import java.util.List;

/**
 * A new source or what to change on one; null leaves a field as it is (and takes its default on
 * creation). The password is write-only: given, it replaces the one kept; it is never shown again.
 * {@code kind} is required on creation and cannot change.
 */
public record SourceChanges(String kind, String name, String host, Integer port, String tls, String user,
                            String password, List<String> folders, String startDate, Boolean subjects, String mode,
                            Boolean paused) {

    /** A new mailbox source with these settings (the rest their defaults). */
    public static SourceChanges imap(String host, Integer port, String tls, String user, String password,
                                     List<String> folders) {
        return new SourceChanges("imap", null, host, port, tls, user, password, folders, null, null, null, null);
    }

    /** Pausing or resuming only. */
    public static SourceChanges paused(boolean paused) {
        return new SourceChanges(null, null, null, null, null, null, null, null, null, null, null, paused);
    }
}
