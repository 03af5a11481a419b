package app.kith.outbound;

/**
 * A document fetched with {@link OutboundHttp#fetch}: its body, or nothing when the server said it
 * has not changed since the validators sent (304).
 *
 * @param etag         the ETag to send next time, or null
 * @param lastModified the Last-Modified to send next time, or null
 * @param body         the body (at most the limit asked for), or null when not modified
 */
public record HttpDocument(boolean notModified, String etag, String lastModified, byte[] body) {
}
