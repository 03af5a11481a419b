package app.kith.web;

import app.kith.shared.AccountId;
import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A signed-in browser: its principal is the account, as for an API token, so controllers take
 * {@code @AuthenticationPrincipal AccountId} on every surface. The account id is kept as text because
 * the session (and this object in it) is serialized into the database.
 */
final class WebAuthentication extends AbstractAuthenticationToken {
    private final String account;

    WebAuthentication(AccountId account) {
        super(List.of(new SimpleGrantedAuthority("ROLE_USER")));
        this.account = account.value();
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public AccountId getPrincipal() {
        return new AccountId(account);
    }

    /** The session's principal name, by which a password change finds the account's other sessions. */
    @Override
    public String getName() {
        return account;
    }
}
