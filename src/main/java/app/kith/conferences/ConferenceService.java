package app.kith.conferences;

import app.kith.interactions.InteractionService;
import app.kith.people.PeopleService;
import app.kith.shared.AccountId;
import app.kith.shared.Choice;
import app.kith.shared.ConflictException;
import app.kith.shared.Dates;
import app.kith.shared.Ids;
import app.kith.shared.InvalidInputException;
import app.kith.shared.NotFoundException;
import app.kith.shared.Patch;
import app.kith.shared.Text;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The conferences module's API: series, editions, attendance, "met at", follow-ups. */
@Service
public class ConferenceService {
    private final Conferences conferences;
    private final PeopleService people;
    private final InteractionService interactions;
    private final Clock clock;

    ConferenceService(Conferences conferences, PeopleService people, InteractionService interactions, Clock clock) {
        this.conferences = conferences;
        this.people = people;
        this.interactions = interactions;
        this.clock = clock;
    }

    @Transactional
    public Series create(AccountId account, SeriesChanges changes) {
        String name = Text.required("name", changes.name(), 200);
        if (conferences.seriesNamed(account, name).isPresent()) {
            throw new ConflictException("a conference named '" + name + "' already exists");
        }
        Series series = new Series(Ids.newId(), name, Text.clean(changes.organizer()), month(changes.usualMonth()),
                Text.clean(changes.website()), clock.instant());
        conferences.insertSeries(account, series);
        return series;
    }

    @Transactional
    public Series update(AccountId account, String id, SeriesChanges changes) {
        Series current = series(account, id);
        String name = Patch.field(changes.name(), current.name(), v -> Text.required("name", v, 200));
        conferences.seriesNamed(account, name).filter(other -> !other.id().equals(id)).ifPresent(other -> {
            throw new ConflictException("a conference named '" + name + "' already exists");
        });
        Series updated = new Series(id, name,
                Patch.field(changes.organizer(), current.organizer(), Text::clean),
                Patch.field(changes.usualMonth(), current.usualMonth(),
                        v -> v == 0 ? null : month(v)),
                Patch.field(changes.website(), current.website(), Text::clean), current.createdAt());
        conferences.updateSeries(account, updated);
        return updated;
    }

    @Transactional
    public void delete(AccountId account, String id) {
        series(account, id);
        conferences.deleteSeries(account, id);
    }

    public Series series(AccountId account, String id) {
        return Ids.found("conference", id, i -> conferences.series(account, i));
    }

    /** A series by its id or its name (accents and case ignored). */
    public Series find(AccountId account, String idOrName) {
        if (Ids.looksValid(idOrName)) {
            return series(account, idOrName);
        }
        return conferences.seriesNamed(account, idOrName == null ? "" : idOrName)
                .orElseThrow(() -> new NotFoundException("conference", String.valueOf(idOrName)));
    }

    public List<Series> list(AccountId account) {
        return conferences.allSeries(account);
    }

    /** Sets the dates and city of a year's edition, creating the edition if needed. */
    @Transactional
    public Edition edition(AccountId account, String seriesIdOrName, int year, EditionChanges changes) {
        Edition current = editionOf(account, find(account, seriesIdOrName), year);
        LocalDate starts = Patch.field(changes.startsOn(), current.startsOn(), v -> date("startsOn", v));
        LocalDate ends = Patch.field(changes.endsOn(), current.endsOn(), v -> date("endsOn", v));
        if (starts == null && ends != null) {
            throw new InvalidInputException("startsOn", "is required when endsOn is given");
        }
        if (starts != null && ends != null && (ends.isBefore(starts) || ends.isAfter(starts.plusDays(Edition.MAX_DAYS)))) {
            throw new InvalidInputException("endsOn", "must be on or after startsOn, within " + Edition.MAX_DAYS
                    + " days");
        }
        Edition updated = new Edition(current.id(), current.seriesId(), current.seriesName(), year, starts, ends,
                Patch.field(changes.city(), current.city(), Text::clean), List.of());
        conferences.updateEdition(account, updated);
        return withAttendees(account, List.of(updated)).getFirst();
    }

    /**
     * Records that people (none given: you) are going to or went to a year's edition; the status
     * defaults to {@code going} for this year or later, {@code went} for past years.
     */
    @Transactional
    public Edition attend(AccountId account, String seriesIdOrName, int year, List<String> personIds, String status) {
        Series series = find(account, seriesIdOrName);
        AttendanceStatus chosen = Choice.parse(AttendanceStatus.class, "status", status);
        if (chosen == null) {
            chosen = year < LocalDate.now(clock).getYear() ? AttendanceStatus.WENT : AttendanceStatus.GOING;
        }
        List<String> who = personIds == null || personIds.isEmpty()
                ? List.of(people.selfId(account)) : people.resolveAll(account, personIds);
        Edition edition = editionOf(account, series, year);
        for (String person : who) {
            conferences.attend(account, edition.id(), person, chosen);
        }
        return withAttendees(account, List.of(edition)).getFirst();
    }

    /**
     * Records that an interaction happened at an edition: its participants (other than you) count
     * as met there, and as having gone.
     */
    @Transactional
    public Edition metAt(AccountId account, String seriesIdOrName, int year, String interactionId) {
        Edition edition = editionOf(account, find(account, seriesIdOrName), year);
        List<String> participants = interactions.get(account, interactionId).participantIds();
        conferences.metAt(account, interactionId, edition.id());
        String self = people.selfId(account);
        for (String person : participants) {
            if (!person.equals(self)) {
                conferences.attend(account, edition.id(), person, AttendanceStatus.WENT);
            }
        }
        return withAttendees(account, List.of(edition)).getFirst();
    }

    /** The page of a series: its editions, who is going this year, and who to follow up with. */
    public ConferencePage page(AccountId account, String id) {
        Series series = series(account, id);
        List<Edition> editions = withAttendees(account, conferences.editionsOf(account, id));
        int thisYear = LocalDate.now(clock).getYear();
        List<Attendee> going = editions.stream().filter(e -> e.year() == thisYear)
                .flatMap(e -> e.attendees().stream())
                .filter(a -> !a.self() && a.status() == AttendanceStatus.GOING).toList();
        return new ConferencePage(series, editions, going, followUps(account, editions));
    }

    /** People met at one edition who have not been touched since it ended. */
    public List<FollowUp> followUps(AccountId account, String seriesIdOrName, int year) {
        Series series = find(account, seriesIdOrName);
        Edition edition = conferences.edition(account, series.id(), year)
                .orElseThrow(() -> new NotFoundException("conference edition", series.name() + " " + year));
        return followUps(account, withAttendees(account, List.of(edition)));
    }

    private List<FollowUp> followUps(AccountId account, List<Edition> editions) {
        LocalDate today = LocalDate.now(clock);
        Map<String, FollowUp> latestMeeting = new LinkedHashMap<>();
        Map<String, LocalDate> metOn = new LinkedHashMap<>();
        for (Edition e : editions) {
            LocalDate ended = e.endsOn() != null ? e.endsOn() : e.startsOn() != null ? e.startsOn()
                    : LocalDate.of(e.year(), 12, 31);
            if (!ended.isBefore(today)) {
                continue;
            }
            for (Attendee a : e.attendees()) {
                if (a.self() || a.status() != AttendanceStatus.WENT) {
                    continue;
                }
                if (!metOn.containsKey(a.personId()) || metOn.get(a.personId()).isBefore(ended)) {
                    metOn.put(a.personId(), ended);
                    latestMeeting.put(a.personId(), new FollowUp(a.personId(), a.name(), e.id(), e.year(), null));
                }
            }
        }
        Map<String, LocalDate> last = interactions.lastInteractionDates(account, metOn.keySet());
        List<FollowUp> result = new ArrayList<>();
        metOn.forEach((person, ended) -> {
            LocalDate touched = last.get(person);
            if (touched == null || !touched.isAfter(ended)) {
                FollowUp f = latestMeeting.get(person);
                result.add(new FollowUp(person, f.name(), f.editionId(), f.year(), touched));
            }
        });
        result.sort(Comparator.comparing(FollowUp::year).reversed().thenComparing(FollowUp::name)
                .thenComparing(FollowUp::personId));
        return result;
    }

    /** Editions happening in {@code [from, to]}, with who is going, for calendars and Today. */
    public List<Edition> editionsBetween(AccountId account, LocalDate from, LocalDate to) {
        return withAttendees(account, conferences.editionsBetween(account, from, to));
    }

    /** For each range, a page of its editions with who is going: all ranges in one statement. */
    public List<List<Edition>> editions(AccountId account, List<EditionRange> ranges) {
        List<List<Edition>> pages = conferences.editions(account, ranges);
        List<Edition> all = withAttendees(account, pages.stream().flatMap(List::stream).toList());
        List<List<Edition>> result = new ArrayList<>();
        int at = 0;
        for (List<Edition> page : pages) {
            result.add(all.subList(at, at + page.size()));
            at += page.size();
        }
        return result;
    }

    /** How many editions begin on each day of {@code [from, to]}. */
    public Map<LocalDate, Integer> editionCounts(AccountId account, LocalDate from, LocalDate to) {
        return conferences.editionCounts(account, from, to);
    }

    /** Every edition whose dates are known, without attendees (for the calendar feed). */
    public List<Edition> datedEditions(AccountId account) {
        return conferences.datedEditions(account);
    }

    /** A registration reminder for each series you attend that has a usual month. */
    public List<RegistrationReminder> registrationReminders(AccountId account) {
        List<RegistrationReminder> reminders = new ArrayList<>();
        for (Series s : conferences.attendedBy(account, people.selfId(account))) {
            if (s.usualMonth() != null) {
                int year = s.createdAt().atZone(ZoneOffset.UTC).getYear();
                reminders.add(new RegistrationReminder(s.id(), s.name(),
                        LocalDate.of(year, s.usualMonth(), 1).minusMonths(2)));
            }
        }
        return reminders;
    }

    /** Whether you are going to or went to a series' edition of a year. */
    public boolean attending(AccountId account, String seriesId, int year) {
        String self = people.selfId(account);
        return conferences.edition(account, seriesId, year)
                .map(e -> conferences.attendance(account, List.of(e.id())).getOrDefault(e.id(), List.of()).stream()
                        .anyMatch(a -> a.personId().equals(self)))
                .orElse(false);
    }

    private Edition editionOf(AccountId account, Series series, int year) {
        if (year < 1900 || year > 9999) {
            throw new InvalidInputException("year", "must be between 1900 and 9999");
        }
        return conferences.edition(account, series.id(), year).orElseGet(() -> {
            Edition created = new Edition(Ids.newId(), series.id(), series.name(), year, null, null, null, List.of());
            conferences.insertEdition(account, created);
            return created;
        });
    }

    private List<Edition> withAttendees(AccountId account, List<Edition> editions) {
        Map<String, List<Conferences.Attending>> attendance =
                conferences.attendance(account, editions.stream().map(Edition::id).toList());
        Set<String> personIds = new HashSet<>();
        attendance.values().forEach(list -> list.forEach(a -> personIds.add(a.personId())));
        Map<String, String> names = people.names(account, personIds);
        String self = personIds.isEmpty() ? null : people.selfId(account);
        List<Edition> result = new ArrayList<>();
        for (Edition e : editions) {
            List<Attendee> attendees = attendance.getOrDefault(e.id(), List.of()).stream()
                    .map(a -> new Attendee(a.personId(), names.get(a.personId()), a.status(),
                            a.personId().equals(self)))
                    .sorted(Comparator.comparing(Attendee::self).reversed()
                            .thenComparing(a -> a.name() == null ? "" : a.name()))
                    .toList();
            result.add(new Edition(e.id(), e.seriesId(), e.seriesName(), e.year(), e.startsOn(), e.endsOn(), e.city(),
                    attendees));
        }
        return result;
    }

    private static Integer month(Integer month) {
        if (month != null && (month < 1 || month > 12)) {
            throw new InvalidInputException("usualMonth", "must be a month between 1 and 12");
        }
        return month;
    }

    private static LocalDate date(String field, String text) {
        return text.isBlank() ? null : Dates.parse(field, text);
    }
}
