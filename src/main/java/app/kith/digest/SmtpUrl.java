package app.kith.digest;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * {@code KITH_SMTP_URL}: {@code smtp://user:pass@host:port} (STARTTLS when the server offers it) or
 * {@code smtps://...} (TLS from the first byte). User and password are percent-decoded. Messages
 * about a bad URL never repeat the password.
 */
record SmtpUrl(boolean tls, String host, int port, String user, String password) {

    static SmtpUrl parse(String text) {
        URI uri;
        try {
            uri = new URI(text.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("KITH_SMTP_URL is not a URL such as smtp://user:password@host:587");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("smtp") && !scheme.equals("smtps") || uri.getHost() == null) {
            throw new IllegalArgumentException("KITH_SMTP_URL must look like smtp://user:password@host:587 or"
                    + " smtps://user:password@host:465");
        }
        boolean tls = scheme.equals("smtps");
        String user = null;
        String password = null;
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            user = URLDecoder.decode(parts[0], StandardCharsets.UTF_8);
            password = parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : null;
        }
        int port = uri.getPort() > 0 ? uri.getPort() : tls ? 465 : 25;
        return new SmtpUrl(tls, uri.getHost(), port, user, password);
    }

    /** Where mail goes, for messages and logs: scheme, host and port, never the credentials. */
    String server() {
        return (tls ? "smtps://" : "smtp://") + host + ":" + port;
    }

    @Override
    public String toString() {
        return server();
    }
}
