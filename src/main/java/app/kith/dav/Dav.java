package app.kith.dav;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** What every DAV resource answers alike: ownership, OPTIONS, Depth, and the properties of any collection. */
final class Dav {
    private Dav() {
    }

    /** Another account's paths are not found, as if they did not exist. */
    static void owned(DavUser user, String email) {
        if (user == null || !user.owns(email)) {
            throw new DavException(404, "There is nothing here.");
        }
    }

    static void options(HttpServletResponse response, boolean writable) {
        response.setStatus(200);
        response.setHeader("DAV", "1, 3, addressbook, calendar-access");
        response.setHeader("Allow", writable
                ? "OPTIONS, GET, HEAD, PUT, DELETE, PROPFIND, PROPPATCH, REPORT"
                : "OPTIONS, GET, HEAD, PROPFIND, REPORT");
        response.setContentLength(0);
    }

    /** Depth 0 or 1; {@code infinity} is refused (RFC 4918 9.1), and no Depth header means 0. */
    static int depth(HttpServletRequest request) {
        String depth = request.getHeader("Depth");
        if (depth == null || depth.isBlank() || depth.strip().equals("0")) {
            return 0;
        }
        if (depth.strip().equals("1")) {
            return 1;
        }
        throw new DavException(403, Xml.Name.dav("propfind-finite-depth"),
                "Depth " + depth.strip() + " is not served: ask with Depth 0 or 1.");
    }

    static void notAllowed(HttpServletResponse response, String allowed) throws IOException {
        response.setHeader("Allow", allowed);
        text(response, 405, "This method is not allowed here; allowed: " + allowed + ".");
    }

    static void text(HttpServletResponse response, String text) throws IOException {
        text(response, 200, text);
    }

    static void text(HttpServletResponse response, int status, String text) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain;charset=UTF-8");
        response.getOutputStream().write((text + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** The properties every collection of the account has. */
    static Props collection(DavUser user, String displayName) {
        return new Props()
                .elements(Xml.Name.dav("resourcetype"), Xml.Name.dav("collection"))
                .text(Xml.Name.dav("displayname"), displayName)
                .href(Xml.Name.dav("current-user-principal"), Paths.principal(user.email()))
                .href(Xml.Name.dav("owner"), Paths.principal(user.email()))
                .put(Xml.Name.dav("current-user-privilege-set"), privileges(false));
    }

    /** The account's rights on a resource: read, and all of writing when it is writable. */
    static Multistatus.Value privileges(boolean writable) {
        return xml -> {
            for (String privilege : writable
                    ? new String[] {"read", "read-current-user-privilege-set", "write", "write-content", "bind", "unbind"}
                    : new String[] {"read", "read-current-user-privilege-set"}) {
                xml.start(Xml.Name.dav("privilege"));
                xml.empty(Xml.Name.dav(privilege));
                xml.end();
            }
        };
    }
}
