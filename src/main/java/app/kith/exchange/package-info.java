/**
 * Bringing a network in and taking it out: LinkedIn exports, Google and Outlook CSV, vCard 2.1-4.0
 * and Kith JSON imports (matched, all-or-nothing, idempotent, with a dry run), and JSON, vCard and
 * CSV exports.
 */
package app.kith.exchange;
