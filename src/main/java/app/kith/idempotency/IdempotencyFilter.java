package app.kith.idempotency;

import app.kith.shared.AccountId;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Honours {@code Idempotency-Key} on every POST of a signed-in account, on the API and the web alike
 * (it runs after the security filters, which say whose request it is):
 * <ul>
 * <li>a new key is claimed, the request is answered as usual, and the answer (status, type, Location,
 *     body) is kept for a day; an answer of 500 or more is not kept, so a retry runs again;
 * <li>the same request again with the key gets the kept answer, marked {@code Idempotent-Replayed};
 * <li>a different request with a used key is refused (422), and one that arrives while the first is
 *     still being answered is asked to retry (409).
 * </ul>
 * "The same request" is the method, path and query and the body: a form's fields (but its CSRF
 * token, which a retry may not share), a multipart upload's length, any other body's SHA-256.
 */
@Component
class IdempotencyFilter extends OncePerRequestFilter {
    static final String HEADER = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";
    /** Answers larger than this are not kept (POSTs answer with a page or a small JSON body). */
    static final int MAX_KEPT_BODY = 1024 * 1024;
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

    private final IdempotencyKeys keys;
    /** The app's JSON mapper, writing problem details as Spring MVC does (their properties at the top level). */
    private final JsonMapper problems;

    IdempotencyFilter(IdempotencyKeys keys, JsonMapper json) {
        this.keys = keys;
        this.problems = json.rebuild().addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class).build();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        AccountId account = account();
        if (account == null) {
            chain.doFilter(request, response);
            return;
        }
        String key = unquoted(request.getHeader(HEADER).strip());
        if (!KEY.matcher(key).matches()) {
            problem(response, 400, "Idempotency-Key must be 1 to 255 visible ASCII characters");
            return;
        }
        if (!keys.claim(account, key)) {
            StoredAnswer kept = keys.find(account, key).orElse(null);
            if (kept == null) {
                keys.release(account, key);
                if (!keys.claim(account, key)) {
                    problem(response, 409, "a request with this Idempotency-Key is being answered; retry shortly");
                    return;
                }
            } else {
                replay(request, response, kept);
                return;
            }
        }
        answer(request, response, chain, account, key);
    }

    /** The first time: answered as usual, and the answer kept. */
    private void answer(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
                        AccountId account, String key) throws ServletException, IOException {
        Digesting body = new Digesting(request);
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        boolean kept = false;
        try {
            chain.doFilter(body, answer);
            int status = answer.getStatus();
            byte[] content = answer.getContentAsByteArray();
            if (status < 500 && content.length <= MAX_KEPT_BODY) {
                keys.keep(account, key, new StoredAnswer(fingerprint(body, body::digest), status, answer.getContentType(),
                        answer.getHeader(HttpHeaders.LOCATION), content));
                kept = true;
            }
        } finally {
            if (!kept) {
                keys.release(account, key);
            }
            answer.copyBodyToResponse();
        }
    }

    private void replay(HttpServletRequest request, HttpServletResponse response, StoredAnswer kept)
            throws IOException {
        if (!kept.answered()) {
            problem(response, 409, "a request with this Idempotency-Key is being answered; retry shortly");
            return;
        }
        if (!kept.fingerprint().equals(fingerprint(request, () -> sha256(request.getInputStream())))) {
            problem(response, 422, "this Idempotency-Key was used for a different request; use a new key");
            return;
        }
        response.setStatus(kept.status());
        response.setHeader(REPLAYED, "true");
        if (kept.contentType() != null) {
            response.setContentType(kept.contentType());
        }
        if (kept.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, kept.location());
        }
        if (kept.body() != null && kept.body().length > 0) {
            response.setContentLength(kept.body().length);
            response.getOutputStream().write(kept.body());
        }
    }

    /** Reads the body to its end and says its SHA-256; read only for bodies that are not forms. */
    @FunctionalInterface
    private interface BodyDigest {
        String read() throws IOException;
    }

    private static String fingerprint(HttpServletRequest request, BodyDigest bodyDigest) throws IOException {
        StringBuilder print = new StringBuilder(request.getMethod()).append(' ').append(request.getRequestURI());
        if (request.getQueryString() != null) {
            print.append('?').append(request.getQueryString());
        }
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase();
        if (type.startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE)) {
            Map<String, String> fields = new TreeMap<>();
            request.getParameterMap().forEach((name, values) -> {
                if (!"_csrf".equals(name)) {
                    fields.put(name, String.join("\u0000", values));
                }
            });
            print.append("\nform ").append(fields);
        } else if (type.startsWith(MediaType.MULTIPART_FORM_DATA_VALUE)) {
            print.append("\nmultipart ").append(request.getContentLengthLong());
        } else {
            print.append("\nbody ").append(bodyDigest.read());
        }
        return sha256(print.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static AccountId account() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof AccountId id ? id : null;
    }

    /** The draft sends the key as a structured-field string, in quotes; plain tokens are taken too. */
    private static String unquoted(String key) {
        return key.length() >= 2 && key.startsWith("\"") && key.endsWith("\"") ? key.substring(1, key.length() - 1) : key;
    }

    private void problem(HttpServletResponse response, int status, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        problems.writeValue(response.getOutputStream(),
                ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(status), detail));
    }

    private static MessageDigest sha() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(sha().digest(bytes));
    }

    private static String sha256(InputStream in) throws IOException {
        MessageDigest digest = sha();
        byte[] buffer = new byte[8192];
        for (int n; (n = in.read(buffer)) > 0; ) {
            digest.update(buffer, 0, n);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The request, its body digested as the handler reads it (and the rest, afterwards). */
    private static final class Digesting extends HttpServletRequestWrapper {
        private final MessageDigest digest = sha();
        private ServletInputStream stream;

        Digesting(HttpServletRequest request) {
            super(request);
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                ServletInputStream in = super.getInputStream();
                stream = new ServletInputStream() {
                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        if (b >= 0) {
                            digest.update((byte) b);
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] b, int off, int len) throws IOException {
                        int n = in.read(b, off, len);
                        if (n > 0) {
                            digest.update(b, off, n);
                        }
                        return n;
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return stream;
        }

        /** The digest of the whole body: what the handler left unread is read now. */
        String digest() throws IOException {
            InputStream in = getInputStream();
            byte[] buffer = new byte[8192];
            while (in.read(buffer) > 0) {
                // read to the end, digesting
            }
            return HexFormat.of().formatHex(digest.digest());
        }
    }
}
