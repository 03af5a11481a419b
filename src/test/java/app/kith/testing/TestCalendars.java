package app.kith.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A real HTTP server for calendar sources' tests (the JDK's, on loopback only), started once per test
 * run: each test publishes calendars of its own at secret-looking paths. A calendar is served with an
 * ETag (its version) and answers 304 to a request that sends that ETag back; a path can instead
 * redirect, or send a body of any size.
 */
public final class TestCalendars {
    private static HttpServer server;
    private static final Map<String, Published> CALENDARS = new ConcurrentHashMap<>();

    private TestCalendars() {
    }

    /** One path's answer, and the requests it got (each one's If-None-Match, or "" without). */
    public static final class Published {
        private volatile byte[] body;
        private volatile int version;
        private volatile String redirect;
        public final List<String> requests = new CopyOnWriteArrayList<>();

        /** Serves this text from now on, as a new version (a new ETag). */
        public void serve(String ics) {
            body = ics.getBytes(StandardCharsets.UTF_8);
            version++;
        }

        public void redirectTo(String location) {
            redirect = location;
        }

        public String etag() {
            return "\"v" + version + "\"";
        }
    }

    /** A new calendar at a path of its own; returns its URL (a secret-looking one) and what it serves. */
    public static synchronized Map.Entry<String, Published> publish(String ics) {
        start();
        String path = "/calendar/ical/secret-" + UUID.randomUUID() + "/basic.ics";
        Published published = new Published();
        if (ics != null) {
            published.serve(ics);
        }
        CALENDARS.put(path, published);
        return Map.entry("http://127.0.0.1:" + server.getAddress().getPort() + path, published);
    }

    private static void start() {
        if (server != null) {
            return;
        }
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", TestCalendars::answer);
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0)));
    }

    private static void answer(HttpExchange exchange) throws IOException {
        Published published = CALENDARS.get(exchange.getRequestURI().getPath());
        String sent = exchange.getRequestHeaders().getFirst("If-None-Match");
        try (exchange) {
            if (published == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            published.requests.add(sent == null ? "" : sent);
            if (published.redirect != null) {
                exchange.getResponseHeaders().add("Location", published.redirect);
                exchange.sendResponseHeaders(302, -1);
                return;
            }
            exchange.getResponseHeaders().add("ETag", published.etag());
            if (published.etag().equals(sent)) {
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            byte[] body = published.body;
            exchange.getResponseHeaders().add("Content-Type", "text/calendar; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            } catch (IOException e) {
                // The client stopped reading (a body past its limit).
            }
        }
    }
}
