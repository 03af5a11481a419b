package app.kith.outbound;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketAddress;
import javax.net.SocketFactory;

/**
 * Plain sockets that connect only to one address (a {@link VettedHost}'s), keeping the port they are
 * asked for. A library that wraps them in TLS does so with the host's name, so the certificate is
 * still checked against the name the user gave.
 */
final class PinnedSockets extends SocketFactory {
    private final InetAddress address;

    PinnedSockets(InetAddress address) {
        this.address = address;
    }

    @Override
    public Socket createSocket() {
        return new Pinned(address);
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return connected(port, null, 0);
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        return connected(port, localHost, localPort);
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return connected(port, null, 0);
    }

    @Override
    public Socket createSocket(InetAddress host, int port, InetAddress localAddress, int localPort) throws IOException {
        return connected(port, localAddress, localPort);
    }

    private Socket connected(int port, InetAddress local, int localPort) throws IOException {
        Socket socket = new Pinned(address);
        if (local != null) {
            socket.bind(new InetSocketAddress(local, localPort));
        }
        socket.connect(new InetSocketAddress(address, port));
        return socket;
    }

    /** A socket whose connect goes to the pinned address, on the port of the endpoint it is given. */
    private static final class Pinned extends Socket {
        private final InetAddress address;

        Pinned(InetAddress address) {
            this.address = address;
        }

        @Override
        public void connect(SocketAddress endpoint, int timeout) throws IOException {
            int port = endpoint instanceof InetSocketAddress inet ? inet.getPort() : 0;
            super.connect(new InetSocketAddress(address, port), timeout);
        }
    }
}
