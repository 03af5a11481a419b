package app.kith.dav;

import app.kith.shared.AccountId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Raw HTTP to the DAV server as one account (Basic with its email and app password), for protocol tests. */
final class DavClient {
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final Pattern RESPONSE = Pattern.compile("<d:response>(.*?)</d:response>", Pattern.DOTALL);
    private static final Pattern HREF = Pattern.compile("<d:href>([^<]*)</d:href>");

    final DavServers.Server server;
    final AccountId account;
    final String email;
    final String password;

    DavClient(DavServers.Server server, AccountId account, String email, String password) {
        this.server = server;
        this.account = account;
        this.email = email;
        this.password = password;
    }

    /** An answer: status, headers and body as text. */
    record Answer(int status, java.net.http.HttpHeaders headers, String body) {
        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        /** Each response of a multistatus body, by its href. */
        Map<String, String> responses() {
            Map<String, String> byHref = new LinkedHashMap<>();
            Matcher m = RESPONSE.matcher(body);
            while (m.find()) {
                Matcher href = HREF.matcher(m.group(1));
                if (href.find()) {
                    byHref.put(href.group(1), m.group(1));
                }
            }
            return byHref;
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    String contacts() {
        return "/dav/addressbooks/" + email + "/contacts/";
    }

    Answer send(String method, String path, String body, String... headers) {
        return as(email, password, method, path, body, headers);
    }

    /** Sends as anyone: {@code user} null sends no credentials. */
    Answer as(String user, String secret, String method, String path, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.url(path)))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (user + ":" + secret).getBytes(StandardCharsets.UTF_8)));
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Answer propfind(String path, String depth, String props) {
        return send("PROPFIND", path, "<?xml version=\"1.0\"?><d:propfind xmlns:d=\"DAV:\" "
                + "xmlns:card=\"urn:ietf:params:xml:ns:carddav\" xmlns:cal=\"urn:ietf:params:xml:ns:caldav\" "
                + "xmlns:cs=\"http://calendarserver.org/ns/\"><d:prop>" + props + "</d:prop></d:propfind>",
                "Depth", depth, "Content-Type", "application/xml");
    }

    Answer report(String path, String body) {
        return send("REPORT", path, "<?xml version=\"1.0\"?>" + body, "Depth", "1", "Content-Type", "application/xml");
    }

    Answer put(String name, String card, String... headers) {
        String[] all = new String[headers.length + 2];
        all[0] = "Content-Type";
        all[1] = "text/vcard; charset=utf-8";
        System.arraycopy(headers, 0, all, 2, headers.length);
        return send("PUT", contacts() + name, card, all);
    }

    Answer get(String name, String... headers) {
        return send("GET", contacts() + name, null, headers);
    }

    /** The sync token of a sync-collection answer. */
    static String token(Answer answer) {
        Matcher m = Pattern.compile("<d:sync-token>([^<]*)</d:sync-token>").matcher(answer.body());
        return m.find() ? m.group(1) : null;
    }

    Answer sync(String token, String props) {
        return sync(contacts(), token, props);
    }

    /** A sync-collection report on the collection at {@code path}. */
    Answer sync(String path, String token, String props) {
        return report(path, "<d:sync-collection xmlns:d=\"DAV:\" xmlns:card=\"urn:ietf:params:xml:ns:carddav\""
                + " xmlns:cal=\"urn:ietf:params:xml:ns:caldav\">"
                + "<d:sync-token>" + (token == null ? "" : token) + "</d:sync-token><d:sync-level>1</d:sync-level>"
                + "<d:prop>" + props + "</d:prop></d:sync-collection>");
    }
}
