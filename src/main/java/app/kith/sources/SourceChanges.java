package app.kith.sources;

import java.util.List;

/**
 * A new source or what to change on one; null leaves a field as it is (and takes its default on
 * creation). The password, and a calendar's {@code url}, are write-only: given, they replace the one
 * kept; they are never shown again. {@code kind} is required on creation and cannot change; a calendar
 * takes only {@code url}, {@code name}, {@code startDate}, {@code subjects} and {@code paused}.
 */
public record SourceChanges(String kind, String name, String host, Integer port, String tls, String user,
                            String password, List<String> folders, String startDate, Boolean subjects, String mode,
                            Boolean paused, String url) {

    /** A new mailbox source with these settings (the rest their defaults). */
    public static SourceChanges imap(String host, Integer port, String tls, String user, String password,
                                     List<String> folders) {
        return new SourceChanges("imap", null, host, port, tls, user, password, folders, null, null, null, null, null);
    }

    /** A new calendar source reading this iCalendar address. */
    public static SourceChanges ics(String url) {
        return new SourceChanges("ics", null, null, null, null, null, null, null, null, null, null, null, url);
    }

    /** Pausing or resuming only. */
    public static SourceChanges paused(boolean paused) {
        return new SourceChanges(null, null, null, null, null, null, null, null, null, null, null, paused, null);
    }
}
