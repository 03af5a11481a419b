package app.kith.accounts;

/**
 * A sign-in as a browser sends it: the email and password typed, the client's address and the
 * device cookie it carries (null when none).
 */
public record SignInAttempt(String email, String password, String address, String device) {

    /** Never the password or the device cookie: an attempt may end up in a log line. */
    @Override
    public String toString() {
        return "SignInAttempt[email=" + email + ", address=" + address + "]";
    }
}
