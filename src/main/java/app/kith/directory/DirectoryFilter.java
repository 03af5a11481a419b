package app.kith.directory;

/**
 * Which people to list, as users ask: free text (name, nickname, email, organization, title, tag),
 * a tag, circle, relationship kind, bridge status, an organization (id or name), and whether only
 * people due a touch today (Today's reach-out rule). Null does not filter.
 */
public record DirectoryFilter(String query, String tag, String circle, String kind, String bridge,
                              String organization, Boolean overdue) {

    public DirectoryFilter(String query, String tag, String circle, String kind, String bridge, String organization) {
        this(query, tag, circle, kind, bridge, organization, null);
    }

    public static DirectoryFilter everyone() {
        return new DirectoryFilter(null, null, null, null, null, null, null);
    }
}
