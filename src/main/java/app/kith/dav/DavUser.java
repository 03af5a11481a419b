package app.kith.dav;

import app.kith.shared.AccountId;
import java.util.Locale;

/** A sync client signed in with an app password: the account, and the email its paths are named by. */
record DavUser(AccountId account, String email) {

    /** Whether a path names this account: by its email, compared without case, as clients may change it. */
    boolean owns(String pathEmail) {
        return pathEmail != null && pathEmail.toLowerCase(Locale.ROOT).equals(email.toLowerCase(Locale.ROOT));
    }
}
