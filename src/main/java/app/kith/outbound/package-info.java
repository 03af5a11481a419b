/**
 * Server-side requests to hosts users name (webhooks, mailboxes, calendar addresses): the one
 * guard that refuses loopback, private, link-local and cloud metadata addresses unless the operator
 * allows them ({@code KITH_FETCH_ALLOW}), before any connection is opened, and the HTTP client and
 * pinned sockets that connect only to the address it judged.
 */
package app.kith.outbound;
