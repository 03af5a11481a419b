package app.kith.bench;

import app.kith.KithApplication;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue 4's figures: the Today page, a people list page and a person page rendered by the server as
 * full HTML, fetched over HTTP by a signed-in browser session (one connection, one request at a
 * time) from the web app running on the benchmark's SQLite database.
 */
final class WebPages {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    /** How many client connections load the person page at once, and for how long. */
    static final int CONNECTIONS = 16;
    static final int LOAD_SECONDS = 15;

    /** Latency of each page kind, and person pages served per second under load. */
    record Result(Latency today, Latency people, Latency person, double personPagesPerSecond) {
    }

    private WebPages() {
    }

    static Result measure(Path sqliteData, String email, String password, List<String> ids, int warmup, int samples) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(KithApplication.class)
                .web(WebApplicationType.SERVLET)
                .run("--kith.data=" + sqliteData.toAbsolutePath(), "--server.port=0")) {
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
            String base = "http://127.0.0.1:" + port;
            signIn(http, base, email, password);
            Latency today = Latency.measure(warmup, samples, i -> page(http, base + "/"));
            Latency people = Latency.measure(warmup, samples, i -> page(http, base + "/people?page=" + (i % 20)));
            Latency person = Latency.measure(warmup, samples, i -> page(http, base + "/people/" + ids.get(i)));
            return new Result(today, people, person, throughput(http, base, ids));
        }
    }

    /**
     * Person pages per second with {@link #CONNECTIONS} clients each fetching one page after another
     * (as wrk does with that many connections) for {@link #LOAD_SECONDS} seconds, all in one session.
     */
    private static double throughput(HttpClient http, String base, List<String> ids) {
        AtomicLong served = new AtomicLong();
        long end = System.nanoTime() + LOAD_SECONDS * 1_000_000_000L;
        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < CONNECTIONS; c++) {
            int first = c;
            clients.add(Thread.ofPlatform().start(() -> {
                for (int i = first; System.nanoTime() < end; i += CONNECTIONS) {
                    page(http, base + "/people/" + ids.get(i % ids.size()));
                    served.incrementAndGet();
                }
            }));
        }
        for (Thread client : clients) {
            try {
                client.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return served.get() / (double) LOAD_SECONDS;
    }

    private static void signIn(HttpClient http, String base, String email, String password) {
        Matcher token = CSRF.matcher(send(http, HttpRequest.newBuilder(URI.create(base + "/login")).build()).body());
        if (!token.find()) {
            throw new IllegalStateException("the sign-in page has no CSRF token");
        }
        String form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + token.group(1);
        HttpResponse<String> login = send(http, HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        if (login.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("the benchmark account could not sign in");
        }
    }

    private static void page(HttpClient http, String url) {
        HttpResponse<String> answer = send(http, HttpRequest.newBuilder(URI.create(url)).build());
        if (answer.statusCode() != 200 || !answer.body().contains("</html>")) {
            throw new IllegalStateException(url + " answered " + answer.statusCode());
        }
    }

    private static HttpResponse<String> send(HttpClient http, HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
