package app.kith.api;

import app.kith.shared.AccountId;
import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** A request authenticated by an API token: its principal is the account the token acts for. */
final class TokenAuthentication extends AbstractAuthenticationToken {
    private final AccountId account;

    TokenAuthentication(AccountId account) {
        super(List.of(new SimpleGrantedAuthority("ROLE_API")));
        this.account = account;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        // The token itself is not kept: nothing downstream needs it, and it must not leak into logs.
        return "";
    }

    @Override
    public AccountId getPrincipal() {
        return account;
    }
}
