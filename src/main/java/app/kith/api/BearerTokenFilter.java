package app.kith.api;

import app.kith.accounts.TokenService;
import app.kith.shared.Ids;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Reads {@code Authorization: Bearer <token>} and, when the token is live, authenticates the request
 * as the token's account. Anything else leaves the request anonymous, and the security chain then
 * answers 401; the reason is kept in a request attribute so the 401 can say what was wrong. Requests
 * over the {@link ApiRateLimits} are answered 429 here: from an address that sent too many bad tokens
 * before the token is looked up, with a token that made too many requests once it is known.
 */
final class BearerTokenFilter extends OncePerRequestFilter {
    static final String FAILURE = BearerTokenFilter.class.getName() + ".failure";
    private static final String SCHEME = "bearer ";

    private final TokenService tokens;
    private final ApiRateLimits limits;
    private final HandlerExceptionResolver problems;

    BearerTokenFilter(TokenService tokens, ApiRateLimits limits, HandlerExceptionResolver problems) {
        this.tokens = tokens;
        this.limits = limits;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            limits.checkAddress(request.getRemoteAddr());
            authenticate(request);
        } catch (RateLimited e) {
            SecurityContextHolder.clearContext();
            problems.resolveException(request, response, null, e);
            return;
        }
        chain.doFilter(request, response);
    }

    private void authenticate(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || header.isBlank()) {
            request.setAttribute(FAILURE, "This API needs an 'Authorization: Bearer <token>' header "
                    + "(create a token with 'kith token create').");
        } else if (!header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            request.setAttribute(FAILURE, "The Authorization header must use the Bearer scheme.");
        } else {
            String secret = header.substring(SCHEME.length()).strip();
            tokens.authenticate(secret).ifPresentOrElse(
                    account -> {
                        limits.takeForToken(Ids.secretHash(secret));
                        SecurityContext context = SecurityContextHolder.createEmptyContext();
                        context.setAuthentication(new TokenAuthentication(account));
                        SecurityContextHolder.setContext(context);
                    },
                    () -> request.setAttribute(FAILURE, "The bearer token is not valid or has been revoked."));
        }
    }
}
