package app.kith.directory;

/**
 * Which people to list, as users ask: free text (name, nickname, email, organization, title, tag),
 * a tag, circle, relationship kind, bridge status, and an organization (id or name). Null does not filter.
 */
public record DirectoryFilter(String query, String tag, String circle, String kind, String bridge,
                              String organization) {

    public static DirectoryFilter everyone() {
        return new DirectoryFilter(null, null, null, null, null, null);
    }
}
