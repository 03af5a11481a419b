/**
 * Server-side requests to hosts users name (webhooks; later mail and calendar sources): the one
 * guard that refuses loopback, private, link-local and cloud metadata addresses unless the
 * operator allows them ({@code KITH_FETCH_ALLOW}), before any connection is opened.
 */
package app.kith.outbound;
