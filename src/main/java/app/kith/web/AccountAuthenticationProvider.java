package app.kith.web;

import app.kith.accounts.SignIn;
import app.kith.accounts.SignInAttempt;
import app.kith.accounts.SignInService;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Signs in with email and password through {@link SignInService}, which throttles by account and
 * source. Every failure, unknown email or wrong password, is the same exception.
 */
final class AccountAuthenticationProvider implements AuthenticationProvider {
    private final SignInService signIns;

    AccountAuthenticationProvider(SignInService signIns) {
        this.signIns = signIns;
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String password = attempt.getCredentials() == null ? "" : attempt.getCredentials().toString();
        SignInDetails details = attempt.getDetails() instanceof SignInDetails d ? d : new SignInDetails(null, null);
        SignIn result = signIns.signIn(new SignInAttempt(attempt.getName(), password, details.address(),
                details.device()));
        return switch (result) {
            case SignIn.Accepted accepted -> {
                WebAuthentication signedIn = new WebAuthentication(accepted.account().id());
                // Set, so the attempt's details (with the device cookie) are not copied into the session.
                signedIn.setDetails(details.address());
                yield signedIn;
            }
            case SignIn.Refused refused -> throw new BadCredentialsException("wrong email or password");
            case SignIn.Throttled throttled -> throw new TooManyAttempts();
        };
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
