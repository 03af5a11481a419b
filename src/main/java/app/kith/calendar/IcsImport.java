package app.kith.calendar;

import app.kith.people.PeopleService;
import app.kith.shared.AccountId;
import app.kith.shared.ConflictException;
import app.kith.shared.InvalidInputException;
import app.kith.storage.PlannerStatistics;
import java.io.Reader;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code kith import ics}: events from an iCalendar file, and invitations from iTIP
 * {@code METHOD:REQUEST} files (the organizer matched to a person by email becomes who invited
 * you; the invitation needs an answer). All-or-nothing: the whole file is read and checked first,
 * and a malformed file writes nothing and says {@code FILE:LINE: reason}. Idempotent: events are
 * matched by their UID, so importing the same file twice updates instead of duplicating. Entries
 * Kith derives (birthdays, conference editions, registration reminders) are skipped.
 */
@Service
public class IcsImport {
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss");
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
        IcsReader reader = new IcsReader(file);
        List<Planned> planned = new ArrayList<>();
        int skipped = 0;
        for (IcsReader.Component calendar : reader.read(source)) {
            IcsReader.Property methodLine = calendar.first("METHOD");
            String method = methodLine == null ? "PUBLISH" : methodLine.value().strip().toUpperCase(Locale.ROOT);
            for (IcsReader.Component c : calendar.children()) {
                if (!c.name().equals("VEVENT")) {
                    continue;
                }
                IcsReader.Property uid = c.first("UID");
                String id = uid == null ? null : IcsReader.unescape(uid.value()).strip();
                if (method.equals("CANCEL") || c.first("RECURRENCE-ID") != null || derived(id)) {
                    skipped++;
                    continue;
                }
                planned.addAll(plan(account, reader, c, id, method.equals("REQUEST")));
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
                throw reader.bad(p.line(), e.getMessage());
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
        IcsReader reader = new IcsReader(file);
        List<Planned> planned = new ArrayList<>();
        for (IcsReader.Component calendar : reader.read(source)) {
            for (IcsReader.Component c : calendar.children()) {
                if (c.name().equals("VEVENT")) {
                    if (c.first("RECURRENCE-ID") != null) {
                        throw reader.bad(c.line(), "a changed occurrence of a repeating event (RECURRENCE-ID) cannot"
                                + " be kept: change the whole series");
                    }
                    IcsReader.Property uid = c.first("UID");
                    planned.addAll(plan(account, reader, c, uid == null ? null : IcsReader.unescape(uid.value()).strip(),
                            false));
                }
            }
        }
        if (planned.size() != 1) {
            throw reader.bad(1, planned.isEmpty() ? "no VEVENT to keep" : "one VEVENT with a plain repeat rule"
                    + " (or none) is kept per calendar object, not " + planned.size() + " occurrences");
        }
        Planned p = planned.getFirst();
        if (derived(p.uid())) {
            throw reader.bad(p.line(), "birthdays, conference editions and their reminders come from Kith itself");
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
            throw reader.bad(p.line(), e.getMessage());
        }
    }

    /** Whether the UID is the one Kith gives an event of this account it made itself. */
    private boolean kithEvent(AccountId account, String uid) {
        if (!uid.startsWith("event-") || !uid.endsWith("@kith")) {
            return false;
        }
        String id = uid.substring(6, uid.length() - 5);
        return app.kith.shared.Ids.looksValid(id) && events.find(account, id).isPresent();
    }

    private static boolean derived(String uid) {
        return uid != null && uid.endsWith("@kith")
                && (uid.startsWith("birthday-") || uid.startsWith("conference-") || uid.startsWith("register-"));
    }

    private List<Planned> plan(AccountId account, IcsReader reader, IcsReader.Component c, String uid,
                               boolean request) {
        IcsReader.Property start = c.first("DTSTART");
        if (start == null) {
            throw reader.bad(c.line(), "VEVENT without DTSTART");
        }
        Moment first = moment(reader, start);
        IcsReader.Property endLine = c.first("DTEND");
        Moment end = endLine == null ? null : moment(reader, endLine);
        String title = cut(text(c, "SUMMARY"), MAX_TITLE);
        String notes = cut(text(c, "DESCRIPTION"), MAX_NOTES);
        String location = cut(text(c, "LOCATION"), MAX_TITLE);
        String kind = request ? "invitation" : kind(c);
        List<String> with = new ArrayList<>();
        for (IcsReader.Property attendee : c.properties()) {
            if (attendee.name().equals("ATTENDEE")) {
                person(account, attendee).ifPresent(with::add);
            }
        }
        String inviter = null;
        IcsReader.Property organizer = c.first("ORGANIZER");
        if (kind.equals("invitation") && organizer != null) {
            inviter = person(account, organizer).orElse(null);
            with.remove(inviter);
            if (inviter == null && organizer.param("CN") != null) {
                notes = cut("Invited by " + organizer.param("CN") + (notes == null ? "" : "\n\n" + notes), MAX_NOTES);
            }
        }
        if (uid == null || uid.isEmpty()) {
            uid = "import-" + FeedSecrets.hash(title + "|" + start.value()).substring(0, 32);
        }
        IcsReader.Property rruleLine = c.first("RRULE");
        ImportedRule rule = rruleLine == null ? null : rule(reader, rruleLine);
        List<Planned> planned = new ArrayList<>();
        if (rule == null || rule.plain()) {
            Recurrence repeat = rule == null ? null : rule.recurrence();
            planned.add(new Planned(c.line(), uid, changes(kind, title, first, end, location, notes, with, inviter,
                    repeat)));
            return planned;
        }
        long length = end == null ? 0 : Duration.between(first.at(), end.at()).getSeconds();
        for (LocalDateTime at : rule.expand(first.at())) {
            Moment occurrence = new Moment(at, first.allDay(), first.zone());
            Moment occurrenceEnd = end == null ? null : new Moment(at.plusSeconds(length), end.allDay(), end.zone());
            String key = first.allDay() ? IcsWriter.date(at.toLocalDate()) : at.format(DATE_TIME);
            planned.add(new Planned(c.line(), uid + "/" + key, changes(kind, title, occurrence, occurrenceEnd,
                    location, notes, with, inviter, null)));
        }
        return planned;
    }

    private static EventChanges changes(String kind, String title, Moment start, Moment end, String location,
                                        String notes, List<String> with, String inviter, Recurrence repeat) {
        String date = start.at().toLocalDate().toString();
        String endDate = null;
        String startsAt = null;
        String endsAt = null;
        if (start.allDay()) {
            if (end != null && end.at().toLocalDate().isAfter(start.at().toLocalDate().plusDays(1))) {
                LocalDate last = end.at().toLocalDate().minusDays(1);
                endDate = last.isAfter(start.at().toLocalDate().plusDays(Events.MAX_SPAN_DAYS)) ? null : last.toString();
            }
        } else {
            startsAt = start.instant().toString();
            if (end != null && !end.allDay() && !end.instant().isBefore(start.instant())) {
                endsAt = end.instant().toString();
            }
        }
        return new EventChanges(kind, title, date, endDate, startsAt, endsAt, location, notes, with,
                inviter, kind.equals("invitation") ? "received" : null, null,
                repeat == null ? null : repeat.frequency().wire(), repeat == null ? null : repeat.interval(),
                repeat == null || repeat.until() == null ? null : repeat.until().toString(),
                repeat == null ? null : repeat.count());
    }

    /** A DTSTART or DTEND: a day (all-day) or a wall-clock time in a zone (UTC when unknown or floating). */
    private record Moment(LocalDateTime at, boolean allDay, ZoneId zone) {
        Instant instant() {
            return at.atZone(zone).toInstant();
        }
    }

    private static Moment moment(IcsReader reader, IcsReader.Property p) {
        String value = p.value().strip();
        try {
            if ("DATE".equalsIgnoreCase(p.param("VALUE")) || value.length() == 8) {
                return new Moment(LocalDate.parse(value, DateTimeFormatter.BASIC_ISO_DATE).atStartOfDay(), true,
                        ZoneOffset.UTC);
            }
            boolean utc = value.endsWith("Z");
            LocalDateTime at = LocalDateTime.parse(utc ? value.substring(0, value.length() - 1) : value, DATE_TIME);
            return new Moment(at, false, utc ? ZoneOffset.UTC : zone(p.param("TZID")));
        } catch (DateTimeException e) {
            throw reader.bad(p.line(), p.name() + " '" + cut(value, 40) + "' is not a date or date-time");
        }
    }

    private static ZoneId zone(String tzid) {
        if (tzid == null) {
            return ZoneOffset.UTC;
        }
        try {
            return ZoneId.of(tzid.strip());
        } catch (DateTimeException e) {
            return ZoneOffset.UTC;
        }
    }

    /** Reads an RRULE, refusing what RFC 5545 does not allow (such as INTERVAL=0) with the line. */
    static ImportedRule rule(IcsReader reader, IcsReader.Property p) {
        Map<String, String> parts = new LinkedHashMap<>();
        for (String part : p.value().strip().split(";")) {
            int eq = part.indexOf('=');
            if (eq <= 0) {
                throw reader.bad(p.line(), "RRULE part '" + cut(part, 40) + "' is not NAME=VALUE");
            }
            parts.put(part.substring(0, eq).strip().toUpperCase(Locale.ROOT), part.substring(eq + 1).strip()
                    .toUpperCase(Locale.ROOT));
        }
        String freq = parts.remove("FREQ");
        if (freq == null || !ImportedRule.FREQUENCIES.contains(freq)) {
            throw reader.bad(p.line(), "RRULE needs FREQ (SECONDLY to YEARLY)");
        }
        int interval = (int) number(reader, p, "INTERVAL", parts.remove("INTERVAL"), 1, 100_000, 1);
        String countText = parts.remove("COUNT");
        Long count = countText == null ? null : number(reader, p, "COUNT", countText, 1, Long.MAX_VALUE, 0);
        String untilText = parts.remove("UNTIL");
        LocalDateTime until = null;
        if (untilText != null) {
            if (count != null) {
                throw reader.bad(p.line(), "RRULE has both COUNT and UNTIL");
            }
            until = moment(reader, new IcsReader.Property(p.line(), "UNTIL", Map.of(), untilText)).at();
        }
        for (Map.Entry<String, String> by : parts.entrySet()) {
            String value = by.getValue();
            boolean valid = switch (by.getKey()) {
                case "BYMONTH" -> value.matches("(1[0-2]|0?[1-9])(,(1[0-2]|0?[1-9]))*");
                case "BYMONTHDAY" -> value.matches("[+-]?(3[01]|[12][0-9]|0?[1-9])(,[+-]?(3[01]|[12][0-9]|0?[1-9]))*");
                case "BYDAY" -> value.matches("([+-]?([1-9]|[1-4][0-9]|5[0-3]))?(MO|TU|WE|TH|FR|SA|SU)"
                        + "(,([+-]?([1-9]|[1-4][0-9]|5[0-3]))?(MO|TU|WE|TH|FR|SA|SU))*");
                default -> true;
            };
            if (!valid) {
                throw reader.bad(p.line(), "RRULE " + by.getKey() + "=" + cut(value, 40) + " is not valid");
            }
        }
        return new ImportedRule(freq, interval, count, until, parts);
    }

    private static long number(IcsReader reader, IcsReader.Property p, String name, String text, long min, long max,
                               long absent) {
        if (text == null) {
            return absent;
        }
        try {
            long n = Long.parseLong(text);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw reader.bad(p.line(), "RRULE " + name + " must be a whole number from " + min
                + (max == Long.MAX_VALUE ? " up" : " to " + max) + ", not '" + cut(text, 40) + "'");
    }

    private Optional<String> person(AccountId account, IcsReader.Property p) {
        String value = p.value().strip();
        if (!value.regionMatches(true, 0, "mailto:", 0, 7)) {
            return Optional.empty();
        }
        return people.withEmail(account, value.substring(7)).stream().findFirst();
    }

    private static String kind(IcsReader.Component c) {
        IcsReader.Property categories = c.first("CATEGORIES");
        if (categories != null) {
            for (String category : IcsReader.unescape(categories.value()).split(",")) {
                String k = category.strip().toLowerCase(Locale.ROOT);
                if (List.of("invitation", "dinner", "achievement", "anniversary", "reminder").contains(k)) {
                    return k;
                }
            }
        }
        return "reminder";
    }

    private static String text(IcsReader.Component c, String name) {
        IcsReader.Property p = c.first(name);
        return p == null ? null : IcsReader.unescape(p.value());
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
