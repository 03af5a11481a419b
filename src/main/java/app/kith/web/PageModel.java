package app.kith.web;

import java.security.Principal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the shared layout needs on every page: whether to show the navigation. */
@ControllerAdvice(basePackageClasses = PageModel.class)
class PageModel {

    @ModelAttribute("signedIn")
    boolean signedIn(Principal principal) {
        return principal instanceof WebAuthentication;
    }
}
