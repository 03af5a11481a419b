package app.kith.outbound;

import app.kith.shared.InvalidInputException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The one guard for server-side requests to hosts users name (SPEC §6). It resolves the host and
 * refuses it when any address it resolves to is loopback, private, link-local, unique-local,
 * multicast, unspecified or a cloud metadata address, unless {@code KITH_FETCH_ALLOW} lets it
 * through. Callers connect to the addresses it returned, never to the name again, so a second DNS
 * answer cannot swap in another address after the check.
 */
@Component
public class OutboundGuard {
    private final AllowList allowed;

    OutboundGuard(@Value("${kith.fetch-allow:}") String allow) {
        this.allowed = AllowList.parse(allow);
    }

    /** The addresses of a host, every one of them allowed; refuses before anything is connected. */
    public List<InetAddress> addresses(String host) {
        String name = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        InetAddress[] resolved;
        try {
            resolved = InetAddress.getAllByName(name);
        } catch (UnknownHostException e) {
            throw new OutboundException("cannot find the host " + host, false);
        }
        for (InetAddress address : resolved) {
            String reason = ForbiddenAddresses.why(address).orElse(null);
            if (reason != null && !allowed.allows(name, address)) {
                throw new OutboundException("refused: " + host + (name.equals(address.getHostAddress()) ? "" : " resolves to "
                        + address.getHostAddress() + ",") + " is " + reason
                        + " (the server's operator can allow it with KITH_FETCH_ALLOW)", true);
            }
        }
        return List.of(resolved);
    }

    /**
     * The host judged and pinned to the first address it resolves to, for protocols other than HTTP
     * (IMAP): connect through {@link VettedHost#sockets()}, which never resolves the name again.
     */
    public VettedHost vet(String host) {
        InetAddress address = addresses(host).getFirst();
        return new VettedHost(host, address, ForbiddenAddresses.why(address).isPresent());
    }

    /**
     * A URL a user gave for Kith to call: http or https, with a host and without a user name or
     * password in it. Only its form is checked here; {@link #addresses} judges where it leads. Errors
     * never repeat the URL: its path can be a secret (a webhook's token, a calendar's private address).
     */
    public URI url(String field, String text) {
        URI uri;
        try {
            uri = new URI(text.strip());
        } catch (URISyntaxException e) {
            throw new InvalidInputException(field, "is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new InvalidInputException(field, "must be an http:// or https:// address");
        }
        if (uri.getHost() == null) {
            throw new InvalidInputException(field, "has no host");
        }
        if (uri.getRawUserInfo() != null) {
            throw new InvalidInputException(field, "must not hold a user name or password");
        }
        if (text.length() > 2000) {
            throw new InvalidInputException(field, "is longer than 2000 characters");
        }
        return uri;
    }
}
