/**
 * Reminders that arrive: the Today digest sent by email and webhook on each account's own schedule,
 * exactly once on any number of nodes (deliveries are claimed in the database), with a delivery log,
 * retries, test sends and signed unsubscribe links.
 */
package app.kith.digest;
