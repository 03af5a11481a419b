/**
 * The REST API under {@code /api/v1} and {@code /healthz}: bearer-token security, one mapping of
 * every error to RFC 9457 problem details, and thin controllers that translate HTTP to the module
 * services and back.
 */
package app.kith.api;
