package app.kith.api;

import app.kith.accounts.TokenService;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads {@code Authorization: Bearer <token>} and, when the token is live, authenticates the request
 * as the token's account. Anything else leaves the request anonymous, and the security chain then
 * answers 401; the reason is kept in a request attribute so the 401 can say what was wrong.
 */
final class BearerTokenFilter extends OncePerRequestFilter {
    static final String FAILURE = BearerTokenFilter.class.getName() + ".failure";
    private static final String SCHEME = "bearer ";

    private final TokenService tokens;

    BearerTokenFilter(TokenService tokens) {
        this.tokens = tokens;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || header.isBlank()) {
            request.setAttribute(FAILURE, "This API needs an 'Authorization: Bearer <token>' header "
                    + "(create a token with 'kith token create').");
        } else if (!header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            request.setAttribute(FAILURE, "The Authorization header must use the Bearer scheme.");
        } else {
            tokens.authenticate(header.substring(SCHEME.length()).strip()).ifPresentOrElse(
                    account -> {
                        SecurityContext context = SecurityContextHolder.createEmptyContext();
                        context.setAuthentication(new TokenAuthentication(account));
                        SecurityContextHolder.setContext(context);
                    },
                    () -> request.setAttribute(FAILURE, "The bearer token is not valid or has been revoked."));
        }
        chain.doFilter(request, response);
    }
}
