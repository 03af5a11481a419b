package app.kith.shared;

import java.net.URI;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Where this server is reached from outside: {@code KITH_BASE_URL}, else the address it listens on.
 * The only source of absolute URLs (feed addresses, and later emails); never the request's Host header,
 * which anyone can set.
 */
@Component
public class BaseUrl {
    private final String configured;
    private final Environment environment;

    BaseUrl(@Value("${kith.base-url:}") String configured, Environment environment) {
        this.configured = configured.strip().replaceAll("/+$", "");
        if (!this.configured.isEmpty()) {
            URI uri = URI.create(this.configured);
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new IllegalStateException("KITH_BASE_URL must be an http(s) address such as https://kith.example.org,"
                        + " not '" + configured + "'");
            }
        }
        this.environment = environment;
    }

    /**
     * {@code KITH_BASE_URL} as the operator set it (without a trailing slash), or empty. What leaves
     * the server (emails, webhooks) links only from this: the address the server listens on, the
     * fallback of {@link #of}, means nothing in someone's mailbox.
     */
    public Optional<String> configured() {
        return configured.isEmpty() ? Optional.empty() : Optional.of(configured);
    }

    /** The absolute address of a path on this server ({@code path} starts with a slash). */
    public String of(String path) {
        if (!configured.isEmpty()) {
            return configured + path;
        }
        String address = environment.getProperty("server.address", "127.0.0.1");
        String host = address.equals("0.0.0.0") || address.equals("::") ? "localhost"
                : address.contains(":") ? "[" + address + "]" : address;
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        return "http://" + host + ":" + port + path;
    }
}
