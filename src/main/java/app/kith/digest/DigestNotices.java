package app.kith.digest;

import java.util.List;

/**
 * What Today says about the digest: whether to ask the user for a schedule (first sign-in), and
 * digests that could not be sent, in words ("Your digest of Monday could not be sent by email: the
 * mail server said …").
 */
public record DigestNotices(boolean ask, List<String> failures) {
}
