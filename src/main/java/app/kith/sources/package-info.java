/**
 * Touches captured by themselves (issue 15): a mailbox read over IMAP, headers only, and a calendar
 * read by its iCalendar address, whose messages and past meetings with people you know become
 * interactions and whose other correspondents and attendees become suggestions, never people, until
 * you say so; a calendar's next meetings feed meeting prep. Synced in the background once per cluster.
 */
package app.kith.sources;
