package app.kith.sources;

import app.kith.shared.Choice;
import app.kith.shared.Dates;
import app.kith.shared.InvalidInputException;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Checks what a user asks of a mailbox source and works out its settings: every field named when it
 * is wrong, defaults for what is left out (TLS from the first byte on port 993, INBOX and the sent
 * folder, a year back, no subjects, your own mailbox).
 */
final class SourceEditor {
    static final int MAX_FOLDERS = 20;
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\\.?");
    private static final Pattern IPV6 = Pattern.compile("\\[?[0-9A-Fa-f:.]+]?");

    private SourceEditor() {
    }

    /** The settings after the changes; {@code current} is null for a new source. */
    static ImapSettings imap(ImapSettings current, SourceChanges c, LocalDate today) {
        if (c.url() != null) {
            throw new InvalidInputException("url", "is for a calendar source; a mailbox takes host, user and password");
        }
        if (c.host() == null && current == null) {
            throw new InvalidInputException("host", "is required");
        }
        String host = c.host() != null ? host(c.host()) : current.host();
        TlsMode tls = c.tls() != null && !c.tls().isBlank() ? Choice.parse(TlsMode.class, "tls", c.tls())
                : current == null ? TlsMode.SSL : current.tls();
        int port;
        if (c.port() != null) {
            port = c.port();
            if (port < 1 || port > 65535) {
                throw new InvalidInputException("port", "must be 1 to 65535");
            }
        } else if (current == null || current.port() == current.tls().defaultPort()) {
            port = tls.defaultPort();
        } else {
            port = current.port();
        }
        String user = c.user() != null ? text("user", c.user(), 320) : current == null ? null : current.user();
        if (user == null) {
            throw new InvalidInputException("user", "is required");
        }
        List<String> folders = c.folders() != null ? folders(c.folders()) : current == null ? List.of() : current.folders();
        LocalDate start = c.startDate() != null && !c.startDate().isBlank() ? Dates.parse("startDate", c.startDate())
                : current == null ? today.minusYears(1) : current.startDate();
        boolean subjects = c.subjects() != null ? c.subjects() : current != null && current.subjects();
        MailMode mode = c.mode() != null && !c.mode().isBlank() ? Choice.parse(MailMode.class, "mode", c.mode())
                : current == null ? MailMode.MAILBOX : current.mode();
        return new ImapSettings(host, port, tls, user, folders, start, subjects, mode);
    }

    /**
     * A calendar's settings after the changes; {@code url} is a new address, null when the address
     * stays. Mailbox fields are refused, by name.
     */
    static IcsSettings ics(IcsSettings current, SourceChanges c, URI url, LocalDate today) {
        String mailboxOnly = c.host() != null ? "host" : c.port() != null ? "port" : c.tls() != null ? "tls"
                : c.user() != null ? "user" : c.password() != null ? "password" : c.folders() != null ? "folders"
                : c.mode() != null ? "mode" : null;
        if (mailboxOnly != null) {
            throw new InvalidInputException(mailboxOnly, "is for a mailbox; a calendar source takes url, name,"
                    + " startDate, subjects and paused");
        }
        if (url == null && current == null) {
            throw new InvalidInputException("url", "is required: the calendar's iCalendar address");
        }
        LocalDate start = c.startDate() != null && !c.startDate().isBlank() ? Dates.parse("startDate", c.startDate())
                : current == null ? today.minusYears(1) : current.startDate();
        boolean subjects = c.subjects() != null ? c.subjects() : current != null && current.subjects();
        return url != null ? new IcsSettings(url.getHost().toLowerCase(Locale.ROOT), masked(url), start, subjects)
                : new IcsSettings(current.host(), current.address(), start, subjects);
    }

    /**
     * A calendar's address as shown: its scheme, host and port, the path and query masked (they hold
     * the secret: Google's private-…, Outlook's and Nextcloud's tokens), but for a last segment that
     * only names the file ({@code basic.ics}, {@code calendar.ics}).
     */
    static String masked(URI url) {
        String path = url.getRawPath() == null ? "" : url.getRawPath();
        String last = path.substring(path.lastIndexOf('/') + 1);
        String file = last.matches("(?i)[a-z][a-z0-9_-]{0,23}\\.ics") ? "/" + last : "";
        return url.getScheme().toLowerCase(Locale.ROOT) + "://" + url.getHost().toLowerCase(Locale.ROOT)
                + (url.getPort() == -1 ? "" : ":" + url.getPort()) + "/…" + file;
    }

    /**
     * A calendar's address as given, made ready for the guard's check: null when none is given;
     * {@code webcal://} (Apple's and Outlook's links) read as {@code https://}. Errors never repeat the
     * address: it can be a secret.
     */
    static String calendarUrl(String given) {
        if (given == null || given.isBlank()) {
            return null;
        }
        String url = given.strip();
        if (url.chars().anyMatch(Character::isISOControl) || url.contains(" ")) {
            throw new InvalidInputException("url", "must be one address, without spaces or line breaks");
        }
        return url.regionMatches(true, 0, "webcal://", 0, 9) ? "https://" + url.substring(9) : url;
    }

    /** The name shown for a calendar: the one given, else the current one, else its host. */
    static String name(String given, String current, IcsSettings settings) {
        return given != null && !given.isBlank() ? text("name", given, 200) : current != null ? current
                : settings.host();
    }

    /** The name shown for the source: the one given, else the mailbox's address (or user at host). */
    static String name(String given, String current, ImapSettings settings) {
        if (given != null && !given.isBlank()) {
            return text("name", given, 200);
        }
        if (current != null) {
            return current;
        }
        return settings.user().contains("@") ? settings.user() : settings.user() + "@" + settings.host();
    }

    /** A password given for a new source or to replace the one kept: null when none is given. */
    static String password(String given) {
        if (given == null || given.isEmpty()) {
            return null;
        }
        if (given.length() > 1000) {
            throw new InvalidInputException("password", "is longer than 1000 characters");
        }
        if (given.chars().anyMatch(ch -> ch == '\r' || ch == '\n' || ch == 0)) {
            throw new InvalidInputException("password", "must be one line");
        }
        return given;
    }

    private static String host(String given) {
        String host = given.strip().toLowerCase(Locale.ROOT);
        if (host.isEmpty()) {
            throw new InvalidInputException("host", "is required");
        }
        if (host.contains("://") || host.contains("/")) {
            throw new InvalidInputException("host", "'" + given + "' is an address, not a host name: give only the"
                    + " server's name, such as imap.example.org");
        }
        if (host.length() > 253 || !(HOST.matcher(host).matches() || host.contains(":") && IPV6.matcher(host).matches())) {
            throw new InvalidInputException("host", "'" + given + "' is not a host name (give the port with port)");
        }
        return host;
    }

    private static List<String> folders(List<String> given) {
        List<String> folders = new ArrayList<>();
        for (String folder : given) {
            String name = text("folders", folder, 200);
            if (name == null) {
                continue;
            }
            if (!folders.contains(name)) {
                folders.add(name);
            }
        }
        if (folders.size() > MAX_FOLDERS) {
            throw new InvalidInputException("folders", "at most " + MAX_FOLDERS + " folders");
        }
        return List.copyOf(folders);
    }

    private static String text(String field, String given, int max) {
        if (given == null || given.isBlank()) {
            return null;
        }
        String clean = given.strip();
        if (clean.length() > max) {
            throw new InvalidInputException(field, "is longer than " + max + " characters");
        }
        if (clean.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException(field, "must not hold control characters");
        }
        return clean;
    }
}
