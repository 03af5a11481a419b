package app.kith.digest;

import app.kith.outbound.OutboundException;
import app.kith.outbound.OutboundGuard;
import app.kith.shared.Choice;
import app.kith.shared.InvalidInputException;
import app.kith.shared.Patch;
import java.net.URI;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Applies a change to a schedule, checking every value first so that a bad one changes nothing: a
 * real time zone, an hour of the day, a webhook the outbound guard lets through, and at least one
 * channel while the digest is on.
 */
@Component
class ScheduleEditor {
    private final OutboundGuard guard;

    ScheduleEditor(OutboundGuard guard) {
        this.guard = guard;
    }

    DigestSchedule apply(DigestSchedule current, DigestSettingsChanges c) {
        DigestFrequency frequency = Patch.field(Choice.parse(DigestFrequency.class, "frequency", c.frequency()),
                current.frequency());
        DayOfWeek day = c.day() == null || c.day().isBlank() ? current.day() : day(c.day());
        int hour = Patch.field(c.hour(), current.hour());
        if (hour < 0 || hour > 23) {
            throw new InvalidInputException("hour", "must be 0 to 23, not " + hour);
        }
        ZoneId zone = c.zone() == null || c.zone().isBlank() ? current.zone() : zone(c.zone());
        String webhook = Patch.field(c.webhookUrl(), current.webhookUrl(),
                v -> v.isBlank() ? null : webhook(v));
        DigestSchedule changed = new DigestSchedule(Patch.field(c.enabled(), current.enabled()),
                frequency, day, hour, zone,
                Patch.field(c.email(), current.email()), webhook);
        if (changed.enabled() && changed.channels().isEmpty()) {
            throw new InvalidInputException("channels", "the digest needs a channel: turn email on or give a webhook"
                    + " URL (or turn the digest off)");
        }
        return changed;
    }

    /** A time zone from the user's browser or typing; anything unknown falls back to {@code otherwise}. */
    static ZoneId zoneOr(String text, ZoneId otherwise) {
        try {
            return text == null || text.isBlank() ? otherwise : ZoneId.of(text.strip());
        } catch (DateTimeException e) {
            return otherwise;
        }
    }

    private static ZoneId zone(String text) {
        try {
            return ZoneId.of(text.strip());
        } catch (DateTimeException e) {
            throw new InvalidInputException("zone", "'" + text + "' is not a time zone; use an IANA name such as"
                    + " Europe/Oslo, America/New_York or Pacific/Kiritimati");
        }
    }

    private static DayOfWeek day(String text) {
        String wanted = text.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(DayOfWeek.values()).filter(d -> d.name().equals(wanted) || d.name().startsWith(wanted)
                        && wanted.length() >= 3).findFirst()
                .orElseThrow(() -> new InvalidInputException("day", "'" + text + "' is not one of " + Arrays.stream(
                        DayOfWeek.values()).map(d -> d.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "))));
    }

    private String webhook(String text) {
        URI url = guard.url("webhookUrl", text);
        try {
            guard.addresses(url.getHost());
        } catch (OutboundException e) {
            throw new InvalidInputException("webhookUrl", e.getMessage());
        }
        return url.toString();
    }
}
