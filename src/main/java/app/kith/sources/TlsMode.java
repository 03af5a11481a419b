package app.kith.sources;

import app.kith.shared.Choice;

/**
 * How Kith talks to a mail server: TLS from the first byte (port 993), STARTTLS on a plain port (143),
 * or none, which sends the password in clear and is allowed only to an address the operator opened
 * with {@code KITH_FETCH_ALLOW} (a server on loopback or the operator's own network).
 */
public enum TlsMode implements Choice {
    SSL, STARTTLS, NONE;

    int defaultPort() {
        return this == SSL ? 993 : 143;
    }
}
