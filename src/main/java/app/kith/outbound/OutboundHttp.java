package app.kith.outbound;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.util.Timeout;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * HTTP requests to user-supplied URLs, only through {@link OutboundGuard}: the host is resolved and
 * judged first, and the connection goes to the address judged (the client's own DNS lookups are
 * switched off, so nothing can resolve the name a second time). Redirects are answered, never
 * followed by a POST; a GET follows a few, each new host judged again before it is connected to.
 * Connecting, each read and the whole exchange have time limits, and an answer is read only up to a
 * limit. No proxy, cookies or retries.
 */
@Component
public class OutboundHttp implements DisposableBean {
    public static final int ANSWER_LIMIT = 64 * 1024;
    private static final Timeout CONNECT = Timeout.ofSeconds(5);
    private static final Timeout READ = Timeout.ofSeconds(10);
    private static final long WHOLE_SECONDS = 30;
    private static final long FETCH_SECONDS = 120;
    static final int MAX_REDIRECTS = 5;
    private static final DnsResolver NO_LOOKUPS = new DnsResolver() {
        @Override
        public InetAddress[] resolve(String host) throws UnknownHostException {
            throw new UnknownHostException("outbound requests connect only to addresses the guard checked");
        }

        @Override
        public String resolveCanonicalHostname(String host) throws UnknownHostException {
            throw new UnknownHostException("outbound requests connect only to addresses the guard checked");
        }
    };

    private final OutboundGuard guard;
    private final CloseableHttpClient client;

    OutboundHttp(OutboundGuard guard) {
        this.guard = guard;
        this.client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(NO_LOOKUPS)
                        .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(CONNECT)
                                .setSocketTimeout(READ).build())
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom().setRedirectsEnabled(false).setResponseTimeout(READ)
                        .build())
                .disableRedirectHandling().disableCookieManagement().disableAutomaticRetries().disableAuthCaching()
                .setUserAgent("Kith")
                .build();
    }

    /** POSTs a JSON document to the URL and returns what the server answered, whatever its status. */
    public HttpAnswer postJson(URI url, String json) {
        String host = url.getHost();
        InetAddress address = guard.addresses(host).getFirst();
        int port = port(url);
        HttpHost target = new HttpHost(url.getScheme().toLowerCase(), address, host, port);
        HttpPost post = new HttpPost(url);
        post.setEntity(new StringEntity(json, ContentType.APPLICATION_JSON));
        CompletableFuture<Void> deadline = CompletableFuture.runAsync(post::cancel,
                CompletableFuture.delayedExecutor(WHOLE_SECONDS, TimeUnit.SECONDS));
        try {
            return client.execute(target, post, OutboundHttp::answer);
        } catch (IOException e) {
            throw new OutboundException("could not reach " + host + ":" + port + ": " + reason(e), false);
        } finally {
            deadline.cancel(false);
        }
    }

    /**
     * GETs a document, at most {@code limit} bytes of it (after any decompression), following up to
     * {@value #MAX_REDIRECTS} redirects, each judged by the guard before it is connected to. With an
     * ETag or a Last-Modified from the last fetch, a server whose document has not changed answers
     * 304 and nothing is read. Errors name the host only, never the path or query (which can be the
     * secret of a private address).
     */
    public HttpDocument fetch(URI url, String etag, String lastModified, int limit) {
        URI at = url;
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            String host = at.getHost();
            InetAddress address = guard.addresses(host).getFirst();
            int port = port(at);
            HttpGet get = new HttpGet(at);
            if (etag != null) {
                get.addHeader("If-None-Match", etag);
            }
            if (lastModified != null) {
                get.addHeader("If-Modified-Since", lastModified);
            }
            CompletableFuture<Void> deadline = CompletableFuture.runAsync(get::cancel,
                    CompletableFuture.delayedExecutor(FETCH_SECONDS, TimeUnit.SECONDS));
            Hop answer;
            try {
                answer = client.execute(new HttpHost(at.getScheme().toLowerCase(Locale.ROOT), address, host, port),
                        get, response -> hop(response, host, limit));
            } catch (IOException e) {
                throw new OutboundException("could not fetch from " + host + ":" + port + ": " + reason(e), false);
            } finally {
                deadline.cancel(false);
            }
            if (answer.redirect() == null) {
                return answer.document();
            }
            at = redirected(at, answer.redirect());
        }
        throw new OutboundException(url.getHost() + " redirected more than " + MAX_REDIRECTS + " times", false);
    }

    /** One answer of a fetch: the document, or where a redirect points. */
    private record Hop(HttpDocument document, String redirect) {
    }

    private static Hop hop(ClassicHttpResponse response, String host, int limit) throws IOException {
        int status = response.getCode();
        Header location = response.getFirstHeader("Location");
        if (status >= 300 && status < 400 && status != 304 && location != null) {
            return new Hop(null, location.getValue());
        }
        String etag = value(response.getFirstHeader("ETag"));
        String lastModified = value(response.getFirstHeader("Last-Modified"));
        if (status == 304) {
            return new Hop(new HttpDocument(true, etag, lastModified, null), null);
        }
        if (status < 200 || status >= 300) {
            throw new OutboundException(host + " answered " + status
                    + (response.getReasonPhrase() == null ? "" : " " + response.getReasonPhrase()), false);
        }
        HttpEntity entity = response.getEntity();
        if (entity != null && entity.getContentLength() > limit) {
            throw tooLarge(host, limit);
        }
        byte[] body = new byte[0];
        if (entity != null) {
            try (InputStream in = entity.getContent()) {
                body = in.readNBytes(limit + 1);
            }
        }
        if (body.length > limit) {
            throw tooLarge(host, limit);
        }
        return new Hop(new HttpDocument(false, etag, lastModified, body), null);
    }

    private static OutboundException tooLarge(String host, int limit) {
        String most = limit >= 1024 * 1024 ? limit / (1024 * 1024) + " MB" : limit + " bytes";
        return new OutboundException("what " + host + " sent is larger than " + most + ", more than Kith reads", false);
    }

    /** Where a redirect leads, relative to where it came from: http or https with a host, nothing else. */
    private static URI redirected(URI from, String location) {
        URI to;
        try {
            to = from.resolve(new URI(location.strip()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new OutboundException(from.getHost() + " redirected to something that is not a URL", false);
        }
        String scheme = to.getScheme() == null ? "" : to.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || to.getHost() == null || to.getRawUserInfo() != null) {
            throw new OutboundException(from.getHost() + " redirected to an address Kith does not follow (only http"
                    + " and https, with a host and no user name)", false);
        }
        return to;
    }

    private static int port(URI url) {
        return url.getPort() > 0 ? url.getPort() : "https".equalsIgnoreCase(url.getScheme()) ? 443 : 80;
    }

    private static String value(Header header) {
        return header == null || header.getValue().isBlank() ? null : header.getValue();
    }

    private static HttpAnswer answer(ClassicHttpResponse response) throws IOException {
        HttpEntity entity = response.getEntity();
        String body = "";
        if (entity != null) {
            try (InputStream in = entity.getContent()) {
                byte[] bytes = in.readNBytes(ANSWER_LIMIT);
                Charset charset = StandardCharsets.UTF_8;
                ContentType type = ContentType.parseLenient(entity.getContentType());
                if (type != null && type.getCharset() != null) {
                    charset = type.getCharset();
                }
                body = new String(bytes, charset);
            }
        }
        Header location = response.getFirstHeader("Location");
        boolean redirect = response.getCode() >= 300 && response.getCode() < 400;
        return new HttpAnswer(response.getCode(), response.getReasonPhrase(), body,
                redirect && location != null ? location.getValue() : null);
    }

    private static String reason(IOException e) {
        String message = e.getMessage();
        if (e instanceof SocketTimeoutException || message != null && message.contains("timed out")) {
            return "it did not answer in time";
        }
        if (message != null && message.contains("Connection refused")) {
            return "the connection was refused";
        }
        return message == null ? e.getClass().getSimpleName() : message;
    }

    @Override
    public void destroy() throws IOException {
        client.close();
    }
}
