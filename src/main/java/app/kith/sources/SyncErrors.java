package app.kith.sources;

import app.kith.outbound.OutboundException;
import app.kith.secrets.Sealing;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.FolderClosedException;
import jakarta.mail.MessagingException;
import jakarta.mail.StoreClosedException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.cert.CertificateException;
import java.util.regex.Pattern;
import javax.net.ssl.SSLException;
import org.eclipse.angus.mail.util.MailConnectException;

/**
 * Why a sync failed, in one line a user can act on: no stack trace, no class names where words will
 * do, never longer than {@value #LIMIT} characters, and never the password, even where a server
 * repeats what it was sent.
 */
final class SyncErrors {
    static final int LIMIT = 300;
    /** The class names Java puts before a message ("javax.net.ssl.SSLException: "): no words for a user. */
    private static final Pattern JAVA_NAMES =
            Pattern.compile("\\b(?:[a-z][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]*(?:Exception|Error): ?");

    private SyncErrors() {
    }

    /** {@code user} is null for a calendar, whose {@code password} is its address. */
    static String describe(Throwable e, String server, String user, String password) {
        String said = switch (e) {
            case SyncFailure f -> f.getMessage();
            case OutboundException o -> o.getMessage();
            case Sealing.SealBroken s -> user == null ? "the saved address cannot be opened: " + s.getMessage()
                    + "; give the calendar's address again" : "the saved password cannot be opened: "
                    + s.getMessage() + "; enter the password again";
            case AuthenticationFailedException a -> "the server " + server + " refused the sign-in of " + user + ": "
                    + text(a.getMessage());
            case StoreClosedException s -> "the server " + server + " closed the connection: " + text(s.getMessage());
            case FolderClosedException f -> "the server " + server + " closed the folder: " + text(f.getMessage());
            default -> transport(e, server);
        };
        return oneLine(redacted(said, password));
    }

    private static String transport(Throwable e, String server) {
        CertificateException certificate = cause(e, CertificateException.class);
        if (certificate != null) {
            return "TLS with " + server + " failed: the server's certificate is not one to trust ("
                    + text(certificate.getMessage()) + ")";
        }
        SSLException tls = cause(e, SSLException.class);
        if (tls != null) {
            return "TLS with " + server + " failed: " + text(tls.getMessage());
        }
        if (cause(e, SocketTimeoutException.class) != null) {
            return server + " did not answer in time";
        }
        ConnectException refused = cause(e, ConnectException.class);
        if (refused != null) {
            return "could not reach " + server + " (" + text(refused.getMessage()) + ")";
        }
        if (cause(e, UnknownHostException.class) != null) {
            return "cannot find the host of " + server;
        }
        if (e instanceof MailConnectException) {
            return "could not reach " + server;
        }
        if (e instanceof MessagingException) {
            return "the mail server " + server + " said: " + text(e.getMessage());
        }
        return "the sync stopped on an unexpected error (" + e.getClass().getSimpleName() + ")";
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static String text(String message) {
        return message == null || message.isBlank() ? "no reason given" : message;
    }

    static String redacted(String text, String password) {
        return password == null || password.isEmpty() ? text : text.replace(password, "•••");
    }

    private static String oneLine(String text) {
        String line = JAVA_NAMES.matcher(text).replaceAll("").replaceAll("\\s+", " ").strip();
        return line.length() > LIMIT ? line.substring(0, LIMIT - 1) + "…" : line;
    }
}
