package app.kith.dav;

import app.kith.accounts.SignIn;
import app.kith.accounts.SignInAttempt;
import app.kith.accounts.SignInService;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * HTTP Basic for sync clients: the account email and an app password (an API token), checked by
 * {@link SignInService#appPassword}, which throttles failures like the sign-in form. A request
 * without credentials, or with wrong ones, is answered 401 with the challenge clients wait for; one
 * held back by the throttle 429 with {@code Retry-After}. Nothing is remembered between requests:
 * no session, no cookie.
 */
final class BasicAuthFilter extends OncePerRequestFilter {
    static final String CHALLENGE = "Basic realm=\"Kith\", charset=\"UTF-8\"";
    private static final String SCHEME = "basic ";
    private static final int MAX_HEADER = 1000;

    private final SignInService signIns;

    BasicAuthFilter(SignInService signIns) {
        this.signIns = signIns;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getRequestURI().startsWith("/.well-known/")) {
            // Discovery only redirects to /dav/, which asks for credentials itself.
            chain.doFilter(request, response);
            return;
        }
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || header.isBlank()) {
            refuse(response, 401, "Sign in with your account email and an app password (an API token).");
            return;
        }
        String[] pair = credentials(header);
        if (pair == null) {
            refuse(response, 401, "The Authorization header must be HTTP Basic: your email and an app password.");
            return;
        }
        SignIn result = signIns.appPassword(new SignInAttempt(pair[0], pair[1], request.getRemoteAddr(), null));
        switch (result) {
            case SignIn.Accepted accepted -> {
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(new DavAuthentication(new DavUser(accepted.account().id(),
                        accepted.account().email())));
                SecurityContextHolder.setContext(context);
                try {
                    chain.doFilter(request, response);
                } finally {
                    SecurityContextHolder.clearContext();
                }
            }
            case SignIn.Refused refused -> refuse(response, 401,
                    "Wrong email or app password (create one in Settings or with 'kith token create --name phone').");
            case SignIn.Throttled throttled -> {
                response.setHeader(HttpHeaders.RETRY_AFTER,
                        String.valueOf(Math.max(1, throttled.retryAfter().toSeconds())));
                refuse(response, 429, "Too many failed sign-ins; try again later.");
            }
        }
    }

    /** Email and password of a Basic header, or null when it is not one. */
    private static String[] credentials(String header) {
        if (header.length() > MAX_HEADER || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return null;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(SCHEME.length()).strip()),
                    StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        int colon = decoded.indexOf(':');
        return colon <= 0 ? null : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
    }

    private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        if (status == 401) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE);
        }
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(message + "\n");
    }
}
