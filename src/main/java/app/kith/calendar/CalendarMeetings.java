package app.kith.calendar;

import app.kith.insights.Meeting;
import app.kith.insights.MeetingSource;
import app.kith.insights.PersonRef;
import app.kith.shared.AccountId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The calendar's meetings for meeting prep: stored events linked to people (a repeating one on each
 * day it occurs) of any kind but achievements (news about someone, not a meeting), except invitations
 * you declined. A timed event counts by its start, an all-day one on its first day.
 */
@Component
class CalendarMeetings implements MeetingSource {
    static final String SOURCE = "calendar";
    /** Entries read, linked ones only: far more than two days of meetings hold, so none is missed. */
    static final int READ = 200;

    private final CalendarEntries entries;

    CalendarMeetings(CalendarEntries entries) {
        this.entries = entries;
    }

    @Override
    public List<Meeting> meetings(AccountId account, Instant from, Instant to, ZoneId zone, int limit) {
        LocalDate first = from.atZone(zone).toLocalDate();
        LocalDate last = to.minusNanos(1).atZone(zone).toLocalDate();
        // A timed event is filed under the day it was entered on, in the zone of whoever entered it (the
        // API's UTC, the web's server zone): a day either side is read, then each is placed by its start.
        return entries.linkedStarting(account, first.minusDays(1), last.plusDays(1), READ).stream()
                .filter(e -> e.kind() != EventKind.ACHIEVEMENT && e.rsvp() != Rsvp.DECLINED && !e.people().isEmpty())
                .filter(e -> e.startsAt() == null ? !e.date().isBefore(first) && !e.date().isAfter(last)
                        : !e.startsAt().isBefore(from) && e.startsAt().isBefore(to))
                .map(e -> new Meeting(SOURCE, e.eventId(), e.kind().wire(), e.title(), e.startsAt(),
                        e.startsAt() == null ? e.date() : e.startsAt().atZone(zone).toLocalDate(), e.location(),
                        e.people().stream().map(p -> new PersonRef(p.id(), p.name())).toList()))
                .sorted(Comparator.comparing((Meeting m) -> m.startsAt() != null ? m.startsAt()
                        : m.date().atStartOfDay(zone).toInstant()))
                .limit(limit)
                .toList();
    }
}
