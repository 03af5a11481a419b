package app.kith.web;

import app.kith.accounts.SignInService;
import app.kith.shared.AccountId;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

/**
 * The cookie by which a browser that signed in to an account before is known at the next sign-in, so
 * that others' failures at that account do not lock it out ({@link SignInService}). A random secret,
 * new at every sign-in; only sent back to the sign-in form, never readable by scripts, Secure over
 * https (also behind a trusted TLS proxy).
 */
@Component
class DeviceCookie {
    static final String NAME = "kith_device";
    private static final String PATH = "/login";
    private final SignInService signIns;

    DeviceCookie(SignInService signIns) {
        this.signIns = signIns;
    }

    /** The device cookie the browser sent, or null. */
    static String of(HttpServletRequest request) {
        if (request.getCookies() == null) {
            return null;
        }
        for (Cookie cookie : request.getCookies()) {
            if (NAME.equals(cookie.getName())) {
                return cookie.getValue();
            }
        }
        return null;
    }

    /** Remembers the browser that just signed in to the account, by a new cookie. */
    void remember(AccountId account, HttpServletRequest request, HttpServletResponse response) {
        String secret = signIns.rememberDevice(account, of(request));
        ResponseCookie cookie = ResponseCookie.from(NAME, secret).path(PATH).maxAge(SignInService.DEVICE_LIFETIME)
                .httpOnly(true).secure(request.isSecure()).sameSite("Lax").build();
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
    }
}
