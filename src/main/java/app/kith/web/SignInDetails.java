package app.kith.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * What the sign-in throttle needs to know about the browser signing in: its address (the client's,
 * when a trusted proxy says so; see {@link TrustedProxies}) and its device cookie, if it has one.
 */
record SignInDetails(String address, String device) {

    static SignInDetails of(HttpServletRequest request) {
        return new SignInDetails(request.getRemoteAddr(), DeviceCookie.of(request));
    }

    /** Never the device cookie: details can end up in log lines. */
    @Override
    public String toString() {
        return "SignInDetails[address=" + address + "]";
    }
}
