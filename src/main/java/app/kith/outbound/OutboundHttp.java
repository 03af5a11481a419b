package app.kith.outbound;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.DnsResolver;
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
 * followed; connecting, each read and the whole exchange have time limits, and at most
 * {@link #ANSWER_LIMIT} bytes of an answer are read. No proxy, cookies or retries.
 */
@Component
public class OutboundHttp implements DisposableBean {
    public static final int ANSWER_LIMIT = 64 * 1024;
    private static final Timeout CONNECT = Timeout.ofSeconds(5);
    private static final Timeout READ = Timeout.ofSeconds(10);
    private static final long WHOLE_SECONDS = 30;
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
        int port = url.getPort() > 0 ? url.getPort() : "https".equalsIgnoreCase(url.getScheme()) ? 443 : 80;
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
