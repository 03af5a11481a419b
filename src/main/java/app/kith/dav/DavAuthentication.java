package app.kith.dav;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** A request signed in with an app password: its principal is the {@link DavUser}; nothing outside /dav takes it. */
final class DavAuthentication extends AbstractAuthenticationToken {
    private final DavUser user;

    DavAuthentication(DavUser user) {
        super(List.of(new SimpleGrantedAuthority("ROLE_DAV")));
        this.user = user;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        // The app password is not kept: it must not reach logs or anything downstream.
        return "";
    }

    @Override
    public DavUser getPrincipal() {
        return user;
    }
}
