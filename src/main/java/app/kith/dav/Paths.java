package app.kith.dav;

import java.nio.charset.StandardCharsets;
import org.springframework.web.util.UriUtils;

/** The fixed DAV paths of an account (SPEC 4.2), percent-encoded as hrefs. */
final class Paths {
    static final String ROOT = "/dav/";

    private Paths() {
    }

    static String principal(String email) {
        return "/dav/principals/" + segment(email) + "/";
    }

    static String addressBooks(String email) {
        return "/dav/addressbooks/" + segment(email) + "/";
    }

    static String contacts(String email) {
        return addressBooks(email) + "contacts/";
    }

    static String card(String email, String name) {
        return contacts(email) + segment(name);
    }

    static String calendars(String email) {
        return "/dav/calendars/" + segment(email) + "/";
    }

    static String calendar(String email, String calendar) {
        return calendars(email) + calendar + "/";
    }

    static String segment(String text) {
        return UriUtils.encodePathSegment(text, StandardCharsets.UTF_8);
    }

    /** The last segment of an href a client sent (absolute URL or path), decoded; null when it is not one of the collection's. */
    static String member(String href, String collection) {
        String path = href.strip();
        int scheme = path.indexOf("://");
        if (scheme >= 0) {
            int slash = path.indexOf('/', scheme + 3);
            path = slash < 0 ? "/" : path.substring(slash);
        }
        String decoded = UriUtils.decode(path, StandardCharsets.UTF_8);
        String base = UriUtils.decode(collection, StandardCharsets.UTF_8);
        if (!decoded.startsWith(base) || decoded.length() == base.length()) {
            return null;
        }
        String name = decoded.substring(base.length());
        return name.contains("/") ? null : name;
    }
}
