package app.kith.digest;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * When and where an account's digest goes: on the days of its frequency, at {@code hour}:00 in its
 * own time zone, by email to the account's address and/or to a webhook.
 *
 * @param webhookUrl the account's webhook, or null; it may hold a secret (Slack's do), so surfaces
 *                   show it masked
 */
record DigestSchedule(boolean enabled, DigestFrequency frequency, DayOfWeek day, int hour, ZoneId zone,
                      boolean email, String webhookUrl) {

    /** Kith's suggestion: a weekly digest on Monday at 08:00 in the user's zone, by email. */
    static DigestSchedule suggested(ZoneId zone) {
        return new DigestSchedule(false, DigestFrequency.WEEKLY, DayOfWeek.MONDAY, 8, zone, true, null);
    }

    List<Channel> channels() {
        List<Channel> channels = new ArrayList<>();
        if (email) {
            channels.add(Channel.EMAIL);
        }
        if (webhookUrl != null) {
            channels.add(Channel.WEBHOOK);
        }
        return channels;
    }

    /**
     * The first moment strictly after {@code after} that a digest is due. On a day whose hour falls
     * in a daylight-saving gap it is the first valid instant after it (the clock's jump later);
     * in an overlap, the first of the two (java.time's rule for both), so a digest never goes twice.
     */
    Instant nextDueAfter(Instant after) {
        LocalDate day = after.atZone(zone).toLocalDate();
        for (int i = 0; i <= 8; i++) {
            LocalDate candidate = day.plusDays(i);
            if (frequency.includes(candidate, day())) {
                Instant due = ZonedDateTime.of(candidate, LocalTime.of(hour, 0), zone).toInstant();
                if (due.isAfter(after)) {
                    return due;
                }
            }
        }
        throw new IllegalStateException("every frequency has a day within a week");
    }

    /** The day, in the account's zone, of a moment: a digest's date, or "today" for the account. */
    LocalDate dayOf(Instant moment) {
        return moment.atZone(zone).toLocalDate();
    }

    /** The end of a day in the account's zone: retries of that day's digest stop there. */
    Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
