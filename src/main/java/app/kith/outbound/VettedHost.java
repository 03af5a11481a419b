package app.kith.outbound;

import java.net.InetAddress;
import javax.net.SocketFactory;

/**
 * A host the {@link OutboundGuard} let through, pinned to the address it judged.
 *
 * @param name              the host as the user named it: what TLS checks the server's certificate against
 * @param address           the address judged, the only one {@link #sockets()} connect to
 * @param openedByOperator  true when the address is one the guard refuses (loopback, private...) and
 *                          only {@code KITH_FETCH_ALLOW} let it through: the operator's own network
 */
public record VettedHost(String name, InetAddress address, boolean openedByOperator) {

    /**
     * Sockets for a client library that opens its own (a mail store): whatever address the library
     * asks for, they connect to {@link #address}, so a second DNS answer cannot swap in another one.
     */
    public SocketFactory sockets() {
        return new PinnedSockets(address);
    }
}
