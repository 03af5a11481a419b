package app.kith.dav;

import java.util.Arrays;

/**
 * Strong entity tags of resources whose content moves with a change number, and the checks of
 * {@code If-Match} and {@code If-None-Match} against them (RFC 9110 13.1).
 */
final class Etags {
    private Etags() {
    }

    static String of(long seq) {
        return "\"" + seq + "\"";
    }

    /**
     * Whether the request may go on: {@code If-Match} must name the current tag (or be {@code *} for a
     * resource that exists), {@code If-None-Match: *} only for a resource that does not.
     */
    static boolean allows(String ifMatch, String ifNoneMatch, String current) {
        if (ifMatch != null && !ifMatch.isBlank()) {
            if (current == null || !matches(ifMatch, current)) {
                return false;
            }
        }
        if (ifNoneMatch != null && !ifNoneMatch.isBlank()) {
            return current == null || !matches(ifNoneMatch, current);
        }
        return true;
    }

    private static boolean matches(String header, String current) {
        return Arrays.stream(header.split(",")).map(String::strip)
                .anyMatch(tag -> tag.equals("*") || tag.equals(current) || tag.equals("W/" + current));
    }
}
