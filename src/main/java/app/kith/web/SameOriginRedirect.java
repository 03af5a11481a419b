package app.kith.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;

/**
 * After sign-in, goes back to the page that asked for it, but only ever as a path on this site:
 * the saved address is cut down to its path and query, and anything that could leave the origin
 * ({@code //host}, {@code /\host}, a scheme) sends the user home instead.
 */
final class SameOriginRedirect implements AuthenticationSuccessHandler {
    private final RequestCache cache = new HttpSessionRequestCache();

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws IOException {
        SavedRequest saved = cache.getRequest(request, response);
        cache.removeRequest(request, response);
        response.sendRedirect(saved == null ? "/" : localPath(saved.getRedirectUrl()));
    }

    /** The path and query of a URL when it is safe to redirect to, else {@code /}. */
    static String localPath(String url) {
        try {
            URI uri = new URI(url);
            String path = uri.getRawPath();
            if (path == null || !path.startsWith("/") || path.startsWith("//") || path.contains("\\")) {
                return "/";
            }
            // Spring Security marks the saved request with "continue"; the page itself does not need it.
            String query = uri.getRawQuery() == null ? ""
                    : uri.getRawQuery().replaceAll("(^|&)continue(=[^&]*)?(?=&|$)", "").replaceFirst("^&", "");
            return query.isEmpty() ? path : path + "?" + query;
        } catch (URISyntaxException e) {
            return "/";
        }
    }
}
