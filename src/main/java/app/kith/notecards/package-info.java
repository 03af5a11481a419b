/**
 * Handwritten notes: a queue of cards (to write, written, mailed) with occasion, write-by date and
 * draft message; suggestions for the inner circle; and the print-ready PDF of cards and envelopes.
 * Mailing a card logs a {@code note-card} touch that gave.
 */
package app.kith.notecards;
