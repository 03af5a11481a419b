package app.kith.web;

import java.security.Principal;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the shared layout needs on every page: whether to show the navigation, whose page it is (the
 * offline queue sends a touch only to the account it was logged in), and how long a session lasts
 * unused (the service worker keeps private pages no longer).
 */
@ControllerAdvice(basePackageClasses = PageModel.class)
class PageModel {
    private final long sessionSeconds;

    PageModel(@Value("${spring.session.timeout:${server.servlet.session.timeout:30m}}") Duration sessionTimeout) {
        this.sessionSeconds = sessionTimeout.toSeconds();
    }

    @ModelAttribute("signedIn")
    boolean signedIn(Principal principal) {
        return principal instanceof WebAuthentication;
    }

    @ModelAttribute("accountKey")
    String accountKey(Principal principal) {
        return principal instanceof WebAuthentication signedIn ? signedIn.getName() : null;
    }

    @ModelAttribute("sessionSeconds")
    long sessionSeconds() {
        return sessionSeconds;
    }
}
