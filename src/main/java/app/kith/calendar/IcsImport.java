package app.kith.calendar;

import app.kith.people.PeopleService;
import app.kith.shared.AccountId;
import app.kith.shared.ConflictException;
import app.kith.shared.Ids;
import app.kith.shared.InvalidInputException;
import app.kith.storage.PlannerStatistics;
import java.io.Reader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import net.fortuna.ical4j.model.Recur;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code kith import ics}: events from an iCalendar file, and invitations from iTIP
 * {@code METHOD:REQUEST} files (the organizer matched to a person by email becomes who invited
 * you; the invitation needs an answer). All-or-nothing: the whole file is read ({@link IcsParser})
 * and checked first, and a malformed file writes nothing and says {@code FILE:LINE: reason}.
 * Idempotent: events are matched by their UID, so importing the same file twice updates instead of
 * duplicating. Entries Kith derives (birthdays, conference editions, registration reminders) are
 * skipped, and so is what is cancelled (METHOD:CANCEL, STATUS:CANCELLED, EXDATE).
 *
 * <p>A plain RRULE (DAILY to YEARLY with only INTERVAL up to 1,000, COUNT or UNTIL) of an event
 * with no RDATE, EXDATE or changed instances, all-day or in a zone without summer time, becomes the
 * event's {@link Recurrence} (which repeats an instant every so many days: in a zone with summer
 * time it would be an hour off half the year). Any other series is laid out by {@link IcsSeries}
 * (ical4j expands the rule) into single events, each keyed by where the series put it, so a moved
 * instance keeps its key: at most {@value #MAX_OCCURRENCES}, within
 * {@value IcsSeries.Window#IMPORT_YEARS} years of DTSTART.
 */
@Service
public class IcsImport {
    static final int MAX_OCCURRENCES = 100;
    private static final Set<String> PLAIN = Set.of("DAILY", "WEEKLY", "MONTHLY", "YEARLY");
    private static final int MAX_TITLE = 500;
    private static final int MAX_NOTES = 20000;

    /** Events created at once past which the planners learn of them before anyone reads the calendar. */
    static final int MANY = 100;

    private final CalendarService calendar;
    private final Events events;
    private final EventEditor editor;
    private final PeopleService people;
    private final PlannerStatistics statistics;

    IcsImport(CalendarService calendar, Events events, EventEditor editor, PeopleService people,
              PlannerStatistics statistics) {
        this.calendar = calendar;
        this.events = events;
        this.editor = editor;
        this.people = people;
        this.statistics = statistics;
    }

    /** One event to write, with the line it came from. */
    private record Planned(int line, String uid, EventChanges changes) {
    }

    @Transactional
    public IcsImportResult importFile(AccountId account, String file, Reader source, boolean dryRun) {
        IcsFile ics = IcsParser.read(file, source);
        IcsRecurrence recurrence = new IcsRecurrence(ics);
        IcsSeries.Window window = new IcsSeries.Window(null, null, MAX_OCCURRENCES, false, false);
        List<Planned> planned = new ArrayList<>();
        int skipped = 0;
        for (IcsSeries series : IcsSeries.of(ics)) {
            IcsEvent first = series.master() != null ? series.master() : series.overrides().getFirst();
            int cancelled = (int) series.overrides().stream().filter(IcsEvent::cancelled).count();
            if (first.method().equals("CANCEL") || derived(series.uid())
                    || series.master() != null && series.master().cancelled()) {
                skipped += (series.master() == null ? 0 : 1) + series.overrides().size();
                continue;
            }
            skipped += cancelled;
            String uid = series.uid() == null || series.uid().isEmpty()
                    ? "import-" + FeedSecrets.hash(first.summary() + "|" + first.start().value()).substring(0, 32)
                    : series.uid();
            Recurrence plain = series.overrides().isEmpty() ? plain(ics, series.master()) : null;
            if (series.master() != null && (!series.master().repeats() && series.overrides().isEmpty()
                    || plain != null)) {
                IcsEvent master = series.master();
                IcsSeries.Timing start = IcsSeries.timing(ics, master.start());
                planned.add(new Planned(master.line(), uid, changes(account, master, start,
                        IcsSeries.end(ics, master, start), plain)));
                continue;
            }
            for (IcsSeries.Instance instance : series.instances(ics, recurrence, window)) {
                planned.add(new Planned(instance.event().line(), uid + "/" + instance.key(),
                        changes(account, instance.event(), instance.start(), instance.end(), null)));
            }
        }
        int created = 0;
        int updated = 0;
        for (Planned p : planned) {
            Optional<Events.Row> existing = events.bySource(account, p.uid());
            try {
                if (dryRun) {
                    editor.create(account, p.changes(), Instant.EPOCH);
                } else if (existing.isPresent()) {
                    calendar.update(account, existing.get().id(), p.changes());
                } else {
                    events.setSource(account, calendar.create(account, p.changes()).id(), p.uid());
                }
            } catch (InvalidInputException e) {
                throw ics.bad(p.line(), e.getMessage());
            }
            if (existing.isPresent()) {
                updated++;
            } else {
                created++;
            }
        }
        if (!dryRun && created >= MANY) {
            // Statistics gathered before say the account has next to no events: PostgreSQL then read its
            // calendar through events_by_day, every event of the account for the repeating ones.
            statistics.refresh("events", "event_people");
        }
        return new IcsImportResult(created, updated, skipped, List.of(), dryRun);
    }

    /**
     * Stores one calendar object a CalDAV client sent (one VEVENT, its time zones aside) as an event:
     * the event {@code eventId} when given, else the account's event of the same UID, else a new one
     * that keeps the UID. Attendees are linked by email. Bad data names the line ({@code FILE:LINE}).
     *
     * @return the event's id
     */
    @Transactional
    public String put(AccountId account, String eventId, String file, Reader source) {
        IcsFile ics = IcsParser.read(file, source);
        List<IcsSeries> all = IcsSeries.of(ics);
        if (all.size() != 1) {
            throw ics.bad(1, all.isEmpty() ? "no VEVENT to keep" : "one VEVENT with a plain repeat rule"
                    + " (or none) is kept per calendar object, not " + all.size());
        }
        IcsSeries series = all.getFirst();
        if (!series.overrides().isEmpty()) {
            throw ics.bad(series.overrides().getFirst().line(), "a changed occurrence of a repeating event"
                    + " (RECURRENCE-ID) cannot be kept: change the whole series");
        }
        IcsEvent master = series.master();
        Recurrence plain = plain(ics, master);
        if (master.repeats() && plain == null) {
            throw ics.bad(master.line(), "one VEVENT with a plain repeat rule (or none) is kept per calendar object");
        }
        IcsSeries.Timing start = IcsSeries.timing(ics, master.start());
        String uid = series.uid() == null || series.uid().isBlank() ? null : series.uid().strip();
        List<Planned> planned = List.of(new Planned(master.line(), uid, changes(account, master, start,
                IcsSeries.end(ics, master, start), plain)));
        Planned p = planned.getFirst();
        if (derived(p.uid())) {
            throw ics.bad(p.line(), "birthdays, conference editions and their reminders come from Kith itself");
        }
        if (eventId == null && (events.bySource(account, p.uid()).isPresent() || kithEvent(account, p.uid()))) {
            throw new ConflictException("another event of this calendar has the UID " + p.uid());
        }
        String id = eventId;
        try {
            if (id != null) {
                calendar.update(account, id, p.changes());
                events.setSource(account, id, p.uid());
                return id;
            }
            String created = calendar.create(account, p.changes()).id();
            events.setSource(account, created, p.uid());
            return created;
        } catch (InvalidInputException e) {
            throw ics.bad(p.line(), e.getMessage());
        }
    }

    /** Whether the UID is the one Kith gives an event of this account it made itself. */
    private boolean kithEvent(AccountId account, String uid) {
        if (!uid.startsWith("event-") || !uid.endsWith("@kith")) {
            return false;
        }
        String id = uid.substring(6, uid.length() - 5);
        return Ids.looksValid(id) && events.find(account, id).isPresent();
    }

    private static boolean derived(String uid) {
        return uid != null && uid.endsWith("@kith")
                && (uid.startsWith("birthday-") || uid.startsWith("conference-") || uid.startsWith("register-"));
    }

    /** The event's rule as a {@link Recurrence}, when it is plain enough to be one; else null. */
    private static Recurrence plain(IcsFile file, IcsEvent event) {
        if (event == null || event.rule() == null || !event.rdates().isEmpty() || !event.exdates().isEmpty()
                || !event.start().day() && !IcsSeries.rules(file, event.start()).isFixedOffset()) {
            return null;
        }
        Recur<?> rule = event.rule();
        boolean byParts = !rule.getSecondList().isEmpty() || !rule.getMinuteList().isEmpty()
                || !rule.getHourList().isEmpty() || !rule.getDayList().isEmpty() || !rule.getMonthDayList().isEmpty()
                || !rule.getYearDayList().isEmpty() || !rule.getWeekNoList().isEmpty()
                || !rule.getMonthList().isEmpty() || !rule.getSetPosList().isEmpty();
        String frequency = rule.getFrequency().name();
        int interval = Math.max(1, rule.getInterval());
        if (byParts || rule.getSkip() != null || interval > 1000 || !PLAIN.contains(frequency)) {
            return null;
        }
        LocalDate until = null;
        if (event.until() != null) {
            until = event.until().value() instanceof Instant instant && !event.start().day()
                    ? IcsZones.local(instant, IcsSeries.rules(file, event.start())).toLocalDate()
                    : IcsSeries.timing(file, event.until()).local().toLocalDate();
        }
        return new Recurrence(Frequency.valueOf(frequency), interval, until, rule.getCount() > 0 ? rule.getCount() : null);
    }

    private EventChanges changes(AccountId account, IcsEvent event, IcsSeries.Timing start, IcsSeries.Timing end,
                                 Recurrence repeat) {
        String title = cut(event.summary(), MAX_TITLE);
        String notes = cut(event.description(), MAX_NOTES);
        String location = cut(event.location(), MAX_TITLE);
        String kind = event.method().equals("REQUEST") ? "invitation" : kind(event);
        List<String> with = new ArrayList<>();
        for (IcsEvent.Address attendee : event.attendees()) {
            person(account, attendee).ifPresent(with::add);
        }
        String inviter = null;
        if (kind.equals("invitation") && event.organizer() != null) {
            inviter = person(account, event.organizer()).orElse(null);
            with.remove(inviter);
            if (inviter == null && event.organizer().name() != null) {
                notes = cut("Invited by " + event.organizer().name() + (notes == null ? "" : "\n\n" + notes),
                        MAX_NOTES);
            }
        }
        LocalDate day = start.local().toLocalDate();
        String endDate = null;
        String startsAt = null;
        String endsAt = null;
        if (start.day()) {
            if (end != null && end.local().toLocalDate().isAfter(day.plusDays(1))) {
                LocalDate last = end.local().toLocalDate().minusDays(1);
                endDate = last.isAfter(day.plusDays(Events.MAX_SPAN_DAYS)) ? null : last.toString();
            }
        } else {
            startsAt = start.instant().toString();
            if (end != null && !end.day()) {
                endsAt = end.instant().toString();
            }
        }
        return new EventChanges(kind, title, day.toString(), endDate, startsAt, endsAt, location, notes, with,
                inviter, kind.equals("invitation") ? "received" : null, null,
                repeat == null ? null : repeat.frequency().wire(), repeat == null ? null : repeat.interval(),
                repeat == null || repeat.until() == null ? null : repeat.until().toString(),
                repeat == null ? null : repeat.count());
    }

    private Optional<String> person(AccountId account, IcsEvent.Address address) {
        if (address.email() == null || address.email().isEmpty()) {
            return Optional.empty();
        }
        return people.withEmail(account, address.email()).stream().findFirst();
    }

    private static String kind(IcsEvent event) {
        for (String category : event.categories()) {
            String k = category.toLowerCase(Locale.ROOT);
            if (List.of("invitation", "dinner", "achievement", "anniversary", "reminder").contains(k)) {
                return k;
            }
        }
        return "reminder";
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
