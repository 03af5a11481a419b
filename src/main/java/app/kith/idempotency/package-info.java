/**
 * Requests that are safe to retry: a POST that carries an {@code Idempotency-Key} header (IETF httpapi
 * draft) is done once per account and key; a retry of the same request gets the first answer again,
 * a different request with the same key is refused. Used by API clients and by the offline quick log,
 * which sends what it queued when the connection returns.
 */
package app.kith.idempotency;
