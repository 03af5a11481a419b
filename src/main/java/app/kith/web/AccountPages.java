package app.kith.web;

import app.kith.accounts.Account;
import app.kith.accounts.AccountService;
import app.kith.shared.KithException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/** Sign-in and sign-up pages. Signing in itself is Spring Security's form login (see {@link WebSecurity}). */
@Controller
class AccountPages {
    private final AccountService accounts;
    /** Where Spring Security's chain looks for a signed-in session (its default). */
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final boolean openRegistration;
    private final DeviceCookie devices;

    AccountPages(AccountService accounts, @Value("${kith.registration}") String registration, DeviceCookie devices) {
        this.accounts = accounts;
        this.devices = devices;
        this.openRegistration = "open".equalsIgnoreCase(registration.strip());
    }

    /** What a sign-up form sends. */
    record SignUp(String email, String name, String password) {
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("canSignUp", canSignUp());
        return "account/login";
    }

    @GetMapping("/signup")
    String signUpForm(Model model) {
        if (!canSignUp()) {
            return "redirect:/login";
        }
        model.addAttribute("form", new SignUp("", "", ""));
        model.addAttribute("first", accounts.none());
        return "account/signup";
    }

    /**
     * Creates the account and signs it in at once, in a new session (no fixation); the browser that
     * created it is its first known device.
     */
    @PostMapping("/signup")
    String signUp(SignUp form, Model model, HttpServletRequest request, HttpServletResponse response) {
        if (!canSignUp()) {
            return "redirect:/login";
        }
        Account account;
        try {
            account = accounts.create(form.email(), form.name(), form.password() == null ? "" : form.password());
        } catch (KithException e) {
            model.addAttribute("form", new SignUp(form.email(), form.name(), ""));
            model.addAttribute("first", accounts.none());
            model.addAttribute("problem", e.getMessage());
            response.setStatus(400);
            return "account/signup";
        }
        request.getSession(true);
        request.changeSessionId();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new WebAuthentication(account.id()));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        devices.remember(account.id(), request, response);
        return "redirect:/";
    }

    private boolean canSignUp() {
        return openRegistration || accounts.none();
    }
}
