package app.kith.conferences;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import app.kith.interactions.InteractionChanges;
import app.kith.interactions.InteractionService;
import app.kith.shared.InvalidInputException;
import app.kith.testing.ModuleChecks;
import app.kith.testing.ModuleDatabases.OnPostgresql;
import app.kith.testing.ModuleDatabases.OnSqlite;
import app.kith.testing.ModuleUnderTest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The conferences module on its own, with the people and interactions modules its service uses:
 * who went to an edition, whom to follow up with after it, and when to register again.
 */
class ConferencesModuleTests {
    private static final int LAST_YEAR = LocalDate.now().getYear() - 1;

    @OnSqlite class Sqlite extends Checks {}

    @OnPostgresql class Postgresql extends Checks {}

    @ModuleUnderTest(booted = {"accounts", "conferences", "interactions", "people", "shared", "storage"})
    abstract class Checks extends ModuleChecks {
        @Autowired
        ConferenceService conferences;
        @Autowired
        InteractionService interactions;

        @Test
        void peopleMetAtAnEditionAreFollowUpsUntilTheyAreTouchedAgain() {
            String ana = person("Ana Alves", "network");
            String bo = person("Bo Berg", "network");
            conferences.create(account, new SeriesChanges("JFokus", "Javaforum", 2, null));
            conferences.edition(account, "jfokus", LAST_YEAR, new EditionChanges(LAST_YEAR + "-02-06",
                    LAST_YEAR + "-02-08", "Stockholm"));
            String meeting = interactions.log(account, new InteractionChanges(List.of(ana, bo, "self"), "meeting",
                    "mutual", LAST_YEAR + "-02-07", "hallway track")).id();

            Edition edition = conferences.metAt(account, "JFokus", LAST_YEAR, meeting);

            assertThat(edition.attendees()).as("you took part, but only the others are met")
                    .extracting(Attendee::name, Attendee::status)
                    .containsExactlyInAnyOrder(tuple("Ana Alves", AttendanceStatus.WENT),
                            tuple("Bo Berg", AttendanceStatus.WENT));
            assertThat(conferences.followUps(account, "JFokus", LAST_YEAR))
                    .extracting(FollowUp::name, FollowUp::lastInteraction).containsExactly(
                            tuple("Ana Alves", LocalDate.of(LAST_YEAR, 2, 7)),
                            tuple("Bo Berg", LocalDate.of(LAST_YEAR, 2, 7)));

            interactions.log(account, new InteractionChanges(List.of(ana), "email", "gave", LAST_YEAR + "-02-20",
                    null));

            assertThat(conferences.followUps(account, "JFokus", LAST_YEAR)).extracting(FollowUp::personId)
                    .containsExactly(bo);
        }

        @Test
        void goingToASeriesBringsItsRegistrationReminderAndItsEditionIntoRange() {
            Series javazone = conferences.create(account, new SeriesChanges("JavaZone", null, 9, null));
            assertThat(conferences.registrationReminders(account)).as("not attended yet").isEmpty();

            Edition went = conferences.attend(account, "javazone", LAST_YEAR, List.of(), null);
            conferences.edition(account, javazone.id(), LAST_YEAR, new EditionChanges(LAST_YEAR + "-09-03",
                    LAST_YEAR + "-09-04", "Oslo"));

            assertThat(went.attendees()).extracting(Attendee::self, Attendee::status)
                    .containsExactly(tuple(true, AttendanceStatus.WENT));
            assertThat(conferences.attending(account, javazone.id(), LAST_YEAR)).isTrue();
            assertThat(conferences.attending(account, javazone.id(), LAST_YEAR - 1)).isFalse();
            int created = javazone.createdAt().atZone(ZoneOffset.UTC).getYear();
            assertThat(conferences.registrationReminders(account)).extracting(RegistrationReminder::seriesName,
                    RegistrationReminder::firstDay).containsExactly(tuple("JavaZone", LocalDate.of(created, 7, 1)));
            assertThat(conferences.editionsBetween(account, LocalDate.of(LAST_YEAR, 9, 1),
                    LocalDate.of(LAST_YEAR, 9, 30))).extracting(Edition::city).containsExactly("Oslo");
            assertThatThrownBy(() -> conferences.edition(account, "JavaZone", LAST_YEAR,
                    new EditionChanges(null, LAST_YEAR + "-08-01", null)))
                    .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("endsOn");
        }
    }
}
