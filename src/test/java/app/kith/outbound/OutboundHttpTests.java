package app.kith.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Outbound requests against a real server on loopback (the only place tests send to): allowed by
 * the operator's setting, they arrive; refused, they never open a connection.
 */
class OutboundHttpTests {
    private final List<String> received = new CopyOnWriteArrayList<>();
    private HttpServer server;

    @BeforeEach
    void startReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hook", exchange -> {
            received.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            reply(exchange, 200, "ok");
        });
        server.createContext("/moved", exchange -> {
            exchange.getResponseHeaders().add("Location", "http://169.254.169.254/latest/meta-data/");
            reply(exchange, 302, "");
        });
        server.createContext("/big", exchange -> reply(exchange, 500, "x".repeat(OutboundHttp.ANSWER_LIMIT * 3)));
        server.createContext("/calendar", exchange -> {
            exchange.getResponseHeaders().add("ETag", "\"v1\"");
            if ("\"v1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                exchange.sendResponseHeaders(304, -1);
                exchange.close();
                return;
            }
            reply(exchange, 200, "BEGIN:VCALENDAR");
        });
        server.createContext("/hop", exchange -> {
            exchange.getResponseHeaders().add("Location", "/calendar");
            reply(exchange, 301, "");
        });
        server.createContext("/stream", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(new byte[4096]);
            } catch (IOException e) {
                // The client stopped reading at its limit.
            }
        });
        server.start();
    }

    @AfterEach
    void stopReceiver() {
        server.stop(0);
    }

    private static void reply(com.sun.net.httpserver.HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private URI at(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    private static OutboundHttp http(String allow) {
        return new OutboundHttp(new OutboundGuard(allow));
    }

    @Test
    void anAllowedLoopbackReceiverGetsTheJsonAndItsAnswerComesBack() {
        HttpAnswer answer = http("127.0.0.1").postJson(at("/hook"), "{\"text\":\"hello\"}");

        assertThat(answer.ok()).isTrue();
        assertThat(answer.summary()).isEqualTo("200 OK: ok");
        assertThat(received).containsExactly("{\"text\":\"hello\"}");
    }

    @Test
    void aRefusedAddressOpensNoConnectionAtAll() throws IOException {
        try (ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            URI target = URI.create("http://127.0.0.1:" + listener.getLocalPort() + "/hook");

            assertThatThrownBy(() -> http("").postJson(target, "{}")).isInstanceOf(OutboundException.class)
                    .hasMessageContaining("loopback");

            // Had the refused request connected, its connection would wait in the queue before this one.
            try (Socket mine = new Socket(InetAddress.getLoopbackAddress(), listener.getLocalPort());
                 Socket first = listener.accept()) {
                assertThat(first.getPort()).as("the first connection the listener sees is the test's own")
                        .isEqualTo(mine.getLocalPort());
            }
        }
    }

    @Test
    void aRedirectIsAnsweredNotFollowed() {
        HttpAnswer answer = http("127.0.0.1").postJson(at("/moved"), "{}");

        assertThat(answer.status()).isEqualTo(302);
        assertThat(answer.summary()).contains("http://169.254.169.254/latest/meta-data/", "does not follow");
    }

    @Test
    void atMostTheAnswerLimitIsRead() {
        HttpAnswer answer = http("127.0.0.1").postJson(at("/big"), "{}");

        assertThat(answer.status()).isEqualTo(500);
        assertThat(answer.body()).hasSize(OutboundHttp.ANSWER_LIMIT);
    }

    @Test
    void aFetchFollowsARedirectSendsItsValidatorsBackAndIsToldNothingChanged() {
        OutboundHttp http = http("127.0.0.1");

        HttpDocument first = http.fetch(at("/hop"), null, null, 1024);
        HttpDocument again = http.fetch(at("/calendar"), first.etag(), null, 1024);

        assertThat(first.notModified()).isFalse();
        assertThat(new String(first.body(), StandardCharsets.UTF_8)).isEqualTo("BEGIN:VCALENDAR");
        assertThat(first.etag()).isEqualTo("\"v1\"");
        assertThat(again.notModified()).isTrue();
        assertThat(again.body()).isNull();
    }

    @Test
    void aFetchJudgesEveryRedirectAndReadsNoMoreThanItsLimit() {
        assertThatThrownBy(() -> http("127.0.0.1").fetch(at("/moved"), null, null, 1024))
                .isInstanceOf(OutboundException.class).hasMessageStartingWith("refused: 169.254.169.254")
                .satisfies(e -> assertThat(((OutboundException) e).refused()).isTrue());
        assertThatThrownBy(() -> http("127.0.0.1").fetch(at("/stream"), null, null, 1024))
                .isInstanceOf(OutboundException.class)
                .hasMessage("what 127.0.0.1 sent is larger than 1024 bytes, more than Kith reads");
        assertThatThrownBy(() -> http("127.0.0.1").fetch(at("/nowhere"), null, null, 1024))
                .isInstanceOf(OutboundException.class).hasMessage("127.0.0.1 answered 404 Not Found");
    }

    @Test
    void aReceiverThatIsDownIsAFailureNotARefusal() throws IOException {
        int port;
        try (ServerSocket gone = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = gone.getLocalPort();
        }

        assertThatThrownBy(() -> http("127.0.0.1").postJson(URI.create("http://127.0.0.1:" + port + "/"), "{}"))
                .isInstanceOf(OutboundException.class).hasMessageContaining("refused")
                .satisfies(e -> assertThat(((OutboundException) e).refused()).isFalse());
    }
}
