package app.kith.sources;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which messages are no touch: mailing lists ({@code List-Id}, {@code List-Unsubscribe}), bulk mail
 * ({@code Precedence: bulk, list or junk}), automatic replies ({@code Auto-Submitted} other than
 * {@code no}, {@code X-Autoreply}, {@code Precedence: auto_reply}), and senders nobody answers
 * (no-reply, mailer-daemon...).
 */
final class MailRules {
    private static final Pattern NO_REPLY = Pattern.compile(
            ".*(no[-_.]?reply|do[-_.]?not[-_.]?reply).*|mailer-daemon|postmaster|bounces?([-+.].*)?");

    private MailRules() {
    }

    /** True when these header values mark a message as a list's, bulk mail or an automatic reply. */
    static boolean bulk(String listId, String listUnsubscribe, String precedence, String autoSubmitted,
                        String autoReply) {
        if (present(listId) || present(listUnsubscribe) || present(autoReply)) {
            return true;
        }
        if (present(precedence) && switch (precedence.strip().toLowerCase(Locale.ROOT)) {
            case "bulk", "list", "junk", "auto_reply" -> true;
            default -> false;
        }) {
            return true;
        }
        return present(autoSubmitted) && !autoSubmitted.strip().toLowerCase(Locale.ROOT).startsWith("no");
    }

    /** True for an address nobody answers: no-reply, do-not-reply, mailer-daemon, postmaster, bounces. */
    static boolean noReply(String email) {
        int at = email.indexOf('@');
        String local = (at < 0 ? email : email.substring(0, at)).toLowerCase(Locale.ROOT);
        return NO_REPLY.matcher(local).matches();
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
