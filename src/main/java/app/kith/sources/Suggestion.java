package app.kith.sources;

import java.time.LocalDate;

/**
 * Someone you exchange mail with who is nobody in Kith yet.
 *
 * @param messages  messages exchanged with them
 * @param sent      of them, messages you wrote
 * @param personId  the person who has the address, once accepted
 * @param text      the suggestion in words: "You exchanged 6 emails with lea@example.org since March."
 */
public record Suggestion(String id, String email, String name, int messages, int sent, LocalDate firstDay,
                         LocalDate lastDay, SuggestionStatus status, String personId, String text) {
}
