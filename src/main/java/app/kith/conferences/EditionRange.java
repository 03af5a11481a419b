package app.kith.conferences;

import java.time.LocalDate;

/**
 * Editions going on at some time in {@code [from, to]}, by first day then id, after
 * {@code (afterDay, afterId)} (an empty id stands before every edition of that day), at most
 * {@code limit}: one page of a calendar range.
 */
public record EditionRange(LocalDate from, LocalDate to, LocalDate afterDay, String afterId, int limit) {
}
