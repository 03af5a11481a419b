package app.kith.sources;

import app.kith.interactions.InteractionKind;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Decides what a message is to Kith. Mail you sent is a touch with everyone you sent it to; mail you
 * received, with its sender. Lists, bulk mail, automatic replies and no-reply senders are nothing, as
 * is mail before the source's start date. In forward mode only mail you sent counts (anyone can write
 * to a mailbox), and a forwarded message counts as its original, with the original's correspondents.
 */
final class MailTouches {
    /** A Date header further ahead than this is not believed; the server's own time is used instead. */
    private static final Duration SKEW = Duration.ofDays(1);
    private static final int SUBJECT_LIMIT = 300;

    private final Set<String> owner;
    private final String mailbox;
    private final MailMode mode;
    private final LocalDate start;
    private final ZoneId zone;
    private final boolean subjects;
    private final Instant now;

    /**
     * @param owner    the owner's addresses, lower case
     * @param mailbox  the source's own address (a forward mailbox's), never a correspondent; may be null
     */
    MailTouches(Set<String> owner, String mailbox, ImapSettings settings, ZoneId zone, Instant now) {
        this.owner = Set.copyOf(owner);
        this.mailbox = mailbox;
        this.mode = settings.mode();
        this.start = settings.startDate();
        this.zone = zone;
        this.subjects = settings.subjects();
        this.now = now;
    }

    /** Whether a message can only count when its forwarded original is read (forward mode, mail you sent). */
    boolean wantsOriginal(MailMessage message) {
        return mode == MailMode.FORWARD && !message.bulk() && fromOwner(message);
    }

    /** The capture a message makes, given its forwarded original when it has one (or null). */
    Optional<Capture> capture(MailMessage message, MailMessage original) {
        if (message.bulk()) {
            return Optional.empty();
        }
        if (mode == MailMode.FORWARD && !fromOwner(message)) {
            return Optional.empty();
        }
        MailMessage counted = mode == MailMode.FORWARD && original != null ? original : message;
        if (counted.bulk() || counted.from().isEmpty() || MailRules.noReply(counted.from().getFirst().email())) {
            return Optional.empty();
        }
        boolean fromOwner = fromOwner(counted);
        List<Correspondent> others = correspondents(fromOwner
                ? Stream.of(counted.to(), counted.cc(), counted.bcc()).flatMap(List::stream).toList()
                : List.of(counted.from().getFirst()));
        Instant when = counted.date() == null || counted.date().isAfter(now.plus(SKEW)) ? message.received()
                : counted.date();
        if (others.isEmpty() || when == null) {
            return Optional.empty();
        }
        LocalDate day = LocalDate.ofInstant(when, zone);
        if (day.isBefore(start)) {
            return Optional.empty();
        }
        String key = counted.messageId() != null ? Keys.of("message " + counted.messageId())
                : Keys.of("headers " + counted.from() + counted.to() + counted.cc() + when + counted.subject());
        String thread = counted.thread() != null ? Keys.of("message " + counted.thread()) : key;
        return Optional.of(new Capture(key, thread, day, InteractionKind.EMAIL, fromOwner, others, notes(counted)));
    }

    private boolean fromOwner(MailMessage message) {
        return !message.from().isEmpty() && owner.contains(message.from().getFirst().email());
    }

    private List<Correspondent> correspondents(List<MailMessage.Address> addresses) {
        Map<String, Correspondent> unique = new LinkedHashMap<>();
        for (MailMessage.Address a : addresses) {
            if (!owner.contains(a.email()) && !a.email().equals(mailbox) && !MailRules.noReply(a.email())) {
                unique.putIfAbsent(a.email(), new Correspondent(a.email(), a.name()));
            }
        }
        return new ArrayList<>(unique.values());
    }

    private String notes(MailMessage message) {
        if (!subjects || message.subject() == null || message.subject().isBlank()) {
            return null;
        }
        String subject = message.subject().strip().replaceAll("\\p{Cntrl}+", " ");
        return subject.length() > SUBJECT_LIMIT ? subject.substring(0, SUBJECT_LIMIT) + "…" : subject;
    }
}
