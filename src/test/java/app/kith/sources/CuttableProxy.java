package app.kith.sources;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A loopback TCP relay to the tests' IMAP server whose open connections a test can cut, as a
 * network or a server does midway through a sync; it takes new connections after.
 */
final class CuttableProxy implements AutoCloseable {
    private final ServerSocket listening;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private volatile int accepted;

    CuttableProxy(int target) throws IOException {
        listening = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().start(() -> {
            while (!listening.isClosed()) {
                try {
                    Socket client = listening.accept();
                    Socket server = new Socket(InetAddress.getLoopbackAddress(), target);
                    accepted++;
                    open.add(client);
                    open.add(server);
                    Thread.ofVirtual().start(() -> relay(client, server));
                    Thread.ofVirtual().start(() -> relay(server, client));
                } catch (IOException e) {
                    // Closed: no more connections.
                }
            }
        });
    }

    int port() {
        return listening.getLocalPort();
    }

    /** How many connections it took. */
    int accepted() {
        return accepted;
    }

    /** Closes every connection open now. */
    void cut() {
        for (Socket s : open) {
            try {
                s.close();
            } catch (IOException e) {
                // Closing anyway.
            }
        }
        open.clear();
    }

    private static void relay(Socket from, Socket to) {
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            in.transferTo(out);
        } catch (IOException e) {
            // Cut or closed.
        }
    }

    @Override
    public void close() throws IOException {
        listening.close();
        cut();
    }
}
