package app.kith.insights;

/**
 * One thing you and a person share, ready to open a conversation.
 *
 * @param kind    school, employer, community, interest, mutual-connection, together (later: conference)
 * @param label   what is shared: the organization, the interest, the other person's name
 * @param why     the same in words, e.g. "you were both at MIT in 2008–2010"
 * @param weight  rank: higher first (overlapping years rank above the same place at other times)
 */
public record CommonGroundItem(String kind, String label, String why, int weight) {
}
