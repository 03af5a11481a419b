package app.kith.conferences;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kith.insights.Today;
import app.kith.insights.TodayService;
import app.kith.interactions.InteractionChanges;
import app.kith.interactions.InteractionService;
import app.kith.people.PeopleService;
import app.kith.shared.AccountId;
import app.kith.shared.ConflictException;
import app.kith.shared.NotFoundException;
import app.kith.testing.DatabaseTest;
import app.kith.testing.TestPeople;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.groups.Tuple;

class ConferenceServiceTests {
    private static final int THIS_YEAR = LocalDate.now().getYear();

    @DatabaseTest
    void thePageShowsWhoIsGoingThisYearAndWhoToFollowUpWith(ConferenceService conferences, PeopleService people,
                                                           InteractionService interactions, AccountId account) {
        String ana = TestPeople.add(people, account, "Ana Alves", "network", null, null);
        String ben = TestPeople.add(people, account, "Ben Brooks", "network", null, null);
        String cid = TestPeople.add(people, account, "Cid Costa", "network", null, null);
        Series devconf = conferences.create(account, new SeriesChanges("DevConf", "Dev Org", 5, null));
        conferences.edition(account, "devconf", THIS_YEAR - 1,
                new EditionChanges(THIS_YEAR - 1 + "-05-10", THIS_YEAR - 1 + "-05-12", "Brno"));
        String coffee = interactions.log(account, new InteractionChanges(List.of(ana, "self"), "coffee", "mutual",
                THIS_YEAR - 1 + "-05-11", "hallway track")).id();
        conferences.metAt(account, "DevConf", THIS_YEAR - 1, coffee);
        conferences.attend(account, devconf.id(), THIS_YEAR - 1, List.of(ben), "went");
        interactions.log(account, new InteractionChanges(List.of(ben), "email", "gave", THIS_YEAR - 1 + "-06-01", null));
        conferences.attend(account, "DevConf", THIS_YEAR, List.of(), null);
        conferences.attend(account, "DevConf", THIS_YEAR, List.of(cid), "going");

        ConferencePage page = conferences.page(account, devconf.id());

        assertThat(page.editions()).extracting(Edition::year).containsExactly(THIS_YEAR, THIS_YEAR - 1);
        assertThat(page.editions().getFirst().attendees()).extracting(Attendee::name, Attendee::self)
                .containsExactly(Tuple.tuple(people.get(account, "self").name(), true),
                        Tuple.tuple("Cid Costa", false));
        assertThat(page.goingThisYear()).extracting(Attendee::personId).containsExactly(cid);
        assertThat(page.followUps()).extracting(FollowUp::personId).as("Ben was emailed after; Ana was not")
                .containsExactly(ana);
        assertThat(conferences.followUps(account, "DevConf", THIS_YEAR - 1)).extracting(FollowUp::lastInteraction)
                .containsExactly(LocalDate.of(THIS_YEAR - 1, 5, 11));
    }

    @DatabaseTest
    void todayShowsEditionsComingUpAndTheRegistrationReminder(ConferenceService conferences, PeopleService people,
                                                              TodayService today, AccountId account) {
        String dia = TestPeople.add(people, account, "Dia Dias", "close", null, null);
        conferences.create(account, new SeriesChanges("JavaZone", null, 9, null));
        conferences.attend(account, "JavaZone", 2023, List.of(), "went");
        conferences.create(account, new SeriesChanges("Meetup Days", null, null, null));
        conferences.edition(account, "Meetup Days", 2025, new EditionChanges("2025-07-20", null, "Porto"));
        conferences.attend(account, "Meetup Days", 2025, List.of(dia), "going");

        Today july = today.today(account, LocalDate.of(2025, 7, 10));

        assertThat(july.sections().get("conferences")).map(ConferenceDue.class::cast)
                .extracting(ConferenceDue::kind, ConferenceDue::title)
                .containsExactlyInAnyOrder(Tuple.tuple("coming-up", "Meetup Days 2025"),
                        Tuple.tuple("register", "Register for JavaZone 2025"));
        ConferenceDue meetup = july.sections().get("conferences").stream().map(ConferenceDue.class::cast)
                .filter(c -> c.kind().equals("coming-up")).findFirst().orElseThrow();
        assertThat(meetup.going()).extracting(Attendee::personId).containsExactly(dia);
        assertThat(july.upcoming()).anyMatch(u -> u.kind().equals("conference") && u.inDays() == 10);

        conferences.attend(account, "JavaZone", 2025, List.of(), "going");
        assertThat(today.today(account, LocalDate.of(2025, 7, 10)).sections().get("conferences"))
                .map(ConferenceDue.class::cast).extracting(ConferenceDue::kind).containsExactly("coming-up");
        assertThat(today.today(account, LocalDate.of(2025, 3, 1)).sections().get("conferences")).isNull();
    }

    @DatabaseTest
    void namesAreUniqueAndOtherAccountsSeriesAreNotFound(ConferenceService conferences, AccountId account,
                                                         AccountId other) {
        Series series = conferences.create(account, new SeriesChanges("Strange Loop", null, null, null));

        assertThatThrownBy(() -> conferences.create(account, new SeriesChanges("strange loop", null, null, null)))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> conferences.page(other, series.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> conferences.attend(other, "Strange Loop", 2025, List.of(), null))
                .isInstanceOf(NotFoundException.class);
    }
}
