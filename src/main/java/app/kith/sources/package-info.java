/**
 * Touches captured by themselves (issue 15): sources such as a mailbox read over IMAP, headers only,
 * whose messages with people you know become interactions and whose other correspondents become
 * suggestions, never people, until you say so. Synced in the background once per cluster.
 */
package app.kith.sources;
