package app.kith.web;

import app.kith.accounts.AccountService;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Signs in with email and password through {@link AccountService#authenticate}, after asking the
 * {@link LoginThrottle}. Every failure, unknown email or wrong password, is the same exception.
 */
final class AccountAuthenticationProvider implements AuthenticationProvider {
    private final AccountService accounts;
    private final LoginThrottle throttle;

    AccountAuthenticationProvider(AccountService accounts, LoginThrottle throttle) {
        this.accounts = accounts;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String email = attempt.getName();
        String password = attempt.getCredentials() == null ? "" : attempt.getCredentials().toString();
        String address = attempt.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : "unknown";
        if (!throttle.allows(email, address)) {
            throw new TooManyAttempts();
        }
        return accounts.authenticate(email, password)
                .map(account -> {
                    throttle.succeeded(email, address);
                    return (Authentication) new WebAuthentication(account.id());
                })
                .orElseThrow(() -> {
                    throttle.failed(email, address);
                    return new BadCredentialsException("wrong email or password");
                });
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** Too many failed attempts lately, from this address or at this account. */
    static final class TooManyAttempts extends AuthenticationException {
        TooManyAttempts() {
            super("too many attempts");
        }
    }
}
