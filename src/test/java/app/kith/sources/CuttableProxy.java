package app.kith.sources;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback TCP relay to the tests' IMAP server whose open connections a test can cut, as a
 * network or a server does midway through a sync; it takes new connections after. It counts the
 * client's sends: each time the client's bytes reach it after the server's, the client spoke again
 * after an answer, so a run of commands written without waiting for answers counts once.
 */
final class CuttableProxy implements AutoCloseable {
    private final ServerSocket listening;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private volatile int accepted;
    private final AtomicInteger turns = new AtomicInteger();
    private final AtomicBoolean serverSpoke = new AtomicBoolean(true);

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
                    Thread.ofVirtual().start(() -> relay(client, server, () -> {
                        if (serverSpoke.getAndSet(false)) {
                            turns.incrementAndGet();
                        }
                    }));
                    Thread.ofVirtual().start(() -> relay(server, client, () -> serverSpoke.set(true)));
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

    /** How many times a client spoke after the server had (see above), over all connections so far. */
    int turns() {
        return turns.get();
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

    private static void relay(Socket from, Socket to, Runnable relayed) {
        byte[] buffer = new byte[8192];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                relayed.run();
                out.write(buffer, 0, n);
                out.flush();
            }
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
