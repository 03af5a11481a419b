package app.kith.digest;

/**
 * The absolute links a digest carries, all from {@code KITH_BASE_URL}: without it {@code base} is
 * null and the digest says what is missing instead of linking anywhere.
 *
 * @param unsubscribe the signed, expiring one-click unsubscribe address, or null without a base
 */
public record DigestLinks(String base, String unsubscribe) {

    public boolean present() {
        return base != null;
    }

    /** Opens the person in Kith. */
    public String person(String id) {
        return at("/people/" + id);
    }

    /** A page that asks to confirm logging a touch with the person; opening it changes nothing. */
    public String touch(String id) {
        return at("/log/touch/" + id);
    }

    public String home() {
        return at("/");
    }

    public String settings() {
        return at("/settings/digest");
    }

    private String at(String path) {
        return base == null ? null : base + path;
    }
}
