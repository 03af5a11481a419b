package app.kith.dav;

import app.kith.shared.BaseUrl;

/**
 * Where a phone or desktop app finds an account's address book and calendars, absolute (from
 * {@code KITH_BASE_URL}, else the address the server listens on), and the user name to sign in with.
 * Clients that discover (iOS, macOS, DAVx5) need only the server and the user name.
 */
public record DavAddresses(String server, String userName, String principal, String addressBook, String events,
                           String birthdays) {

    public static DavAddresses of(BaseUrl base, String email) {
        return new DavAddresses(base.of("/"), email, base.of(Paths.principal(email)), base.of(Paths.contacts(email)),
                base.of(Paths.calendar(email, Calendars.EVENTS)), base.of(Paths.calendar(email, Calendars.BIRTHDAYS)));
    }
}
