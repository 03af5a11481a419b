package app.kith.insights;

import app.kith.interactions.Direction;
import app.kith.interactions.InteractionKind;
import java.time.LocalDate;

/**
 * An ask still open with someone: one of yours ({@code asked}), or a favour of theirs you have not
 * returned ({@code received}); the rule is in docs/insights.md.
 *
 * @param id     the interaction it was
 * @param about  what it was about: the start of its notes on one line, or null
 * @param said   the same in words, e.g. "you asked 12 days ago; nothing given back since"
 */
public record OpenAsk(String id, Direction direction, LocalDate date, InteractionKind kind, String about,
                      String said) {
}
