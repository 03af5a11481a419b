package app.kith.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser's session without a browser: signed in through the form, then reading pages over HTTP. */
final class SignedIn {
    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern PAGE_TOKEN = Pattern.compile("name=\"csrf-token\" content=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    private final int port;
    private String csrf;

    private SignedIn(int port) {
        this.port = port;
    }

    static SignedIn as(int port, String email, String password) throws IOException, InterruptedException {
        SignedIn session = new SignedIn(port);
        Matcher token = FORM_TOKEN.matcher(session.get("/login").body());
        assertThat(token.find()).as("a CSRF token on the sign-in form").isTrue();
        String form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + token.group(1);
        HttpResponse<String> signIn = session.http.send(HttpRequest.newBuilder(session.uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        return session;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Sends a form, as the page's forms do, with the session's CSRF token (read from Today the first time). */
    HttpResponse<String> post(String path, Map<String, String> form) throws IOException, InterruptedException {
        if (csrf == null) {
            Matcher token = PAGE_TOKEN.matcher(get("/").body());
            assertThat(token.find()).as("a CSRF token on Today").isTrue();
            csrf = token.group(1);
        }
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&", "", "&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8)));
        return http.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
