package app.kith.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.conferences.AttendanceStatus;
import app.kith.conferences.Attendee;
import app.kith.conferences.ConferenceService;
import app.kith.conferences.Edition;
import app.kith.conferences.SeriesChanges;
import app.kith.notecards.NoteCardChanges;
import app.kith.notecards.NoteCardService;
import app.kith.people.PeopleService;
import app.kith.people.PersonChanges;
import app.kith.people.PersonMerger;
import app.kith.shared.AccountId;
import app.kith.testing.DatabaseTest;
import java.util.List;
import org.assertj.core.groups.Tuple;

/** Merging two people moves what the calendar, conference and note-card modules keep about them. */
class MergeIntoCalendarTests {

    @DatabaseTest
    void eventsAttendanceAndCardsFollowThePersonKept(PersonMerger merger, PeopleService people,
                                                    CalendarService calendar, ConferenceService conferences,
                                                    NoteCardService cards, AccountId account) {
        String keep = people.create(account, PersonChanges.named("Grace Hopper")).id();
        String other = people.create(account, PersonChanges.named("G. Hopper")).id();
        Event launch = calendar.create(account, EventChanges.of("achievement", "2025-05-01", "COBOL ships",
                List.of(other)));
        Event dinner = calendar.create(account, EventChanges.of("dinner", "2025-06-01", "Dinner",
                List.of(keep, other)));
        String series = conferences.create(account, new SeriesChanges("NavyConf", null, 5, null)).id();
        conferences.attend(account, series, 2025, List.of(keep), "going");
        conferences.attend(account, series, 2025, List.of(other), "went");
        String card = cards.add(account, new NoteCardChanges(other, "thank you", "2025-06-10", null, null)).id();

        merger.merge(account, keep, other);

        assertThat(calendar.eventsOf(account, keep)).extracting(Event::id)
                .containsExactlyInAnyOrder(launch.id(), dinner.id());
        assertThat(calendar.get(account, dinner.id()).people()).hasSize(1);
        Edition edition = conferences.page(account, series).editions().getFirst();
        assertThat(edition.attendees()).filteredOn(a -> !a.self()).extracting(Attendee::personId, Attendee::status)
                .containsExactly(Tuple.tuple(keep, AttendanceStatus.WENT));
        assertThat(cards.get(account, card).personId()).isEqualTo(keep);
    }
}
