package app.kith.dav;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.calendar.CalendarService;
import app.kith.calendar.Event;
import app.kith.calendar.EventChanges;
import app.kith.people.PeopleService;
import app.kith.people.Person;
import app.kith.people.PersonChanges;
import app.kith.storage.ClusterLock;
import app.kith.testing.TestDatabases;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Calendar sync-collection over real HTTP on both databases: a change made anywhere in Kith reaches a
 * client's next sync, and only it; deletions come as 404 members; the sync token a PROPFIND names is
 * the one a sync would give. Pruned tombstones make older tokens (and only those) start over.
 */
class CalDavSyncTests {
    @ParameterizedTest
    @EnumSource(TestDatabases.Vendor.class)
    void aCalendarSyncReportsExactlyWhatChangedAndDeletionsAs404(TestDatabases.Vendor vendor) {
        DavServers.Server server = DavServers.on(vendor);
        DavClient client = server.newUser();
        CalendarService calendar = server.bean(CalendarService.class);
        Event dinner = calendar.create(client.account, EventChanges.of("dinner", "2030-05-01", "Dinner", List.of()));
        Event talk = calendar.create(client.account, EventChanges.of("achievement", "2030-06-01", "Talk", List.of()));
        String events = "/dav/calendars/" + client.email + "/events/";

        DavClient.Answer first = client.sync(events, null, "<d:getetag/>");
        assertThat(first.status()).as(first.toString()).isEqualTo(207);
        assertThat(first.responses()).containsOnlyKeys(events + dinner.id() + ".ics", events + talk.id() + ".ics");
        String token = DavClient.token(first);
        assertThat(client.propfind(events, "0", "<d:sync-token/>").body()).contains(token);

        DavClient.Answer nothing = client.sync(events, token, "<d:getetag/>");
        assertThat(nothing.responses()).isEmpty();
        assertThat(DavClient.token(nothing)).isEqualTo(token);

        calendar.update(client.account, dinner.id(), EventChanges.of("dinner", "2030-05-02", "Dinner moved", List.of()));
        DavClient.Answer one = client.sync(events, token, "<d:getetag/><cal:calendar-data/>");
        assertThat(one.responses()).containsOnlyKeys(events + dinner.id() + ".ics");
        assertThat(one.body()).contains("SUMMARY:Dinner moved");
        assertThat(DavClient.token(one)).isNotEqualTo(token);

        calendar.delete(client.account, talk.id());
        DavClient.Answer gone = client.sync(events, DavClient.token(one), "<d:getetag/>");
        assertThat(gone.responses()).containsOnlyKeys(events + talk.id() + ".ics");
        assertThat(gone.responses().values()).allMatch(r -> r.contains("404 Not Found"));
        assertThat(client.sync(events, token, "<d:getetag/>").responses()).as("from the older token, both")
                .containsOnlyKeys(events + dinner.id() + ".ics", events + talk.id() + ".ics");

        String birthdays = "/dav/calendars/" + client.email + "/birthdays/";
        DavClient.Answer none = client.sync(birthdays, null, "<d:getetag/>");
        server.bean(PeopleService.class).create(client.account, PersonChanges.builder().name("Ada Lovelace")
                .birthday("--12-10").build());
        DavClient.Answer born = client.sync(birthdays, DavClient.token(none), "<d:getetag/><cal:calendar-data/>");
        assertThat(born.responses()).hasSize(1);
        assertThat(born.body()).contains("Ada Lovelace");

        DavClient.Answer forged = client.sync(events, "http://kith.app/ns/sync/999999999", "<d:getetag/>");
        assertThat(forged.status()).isEqualTo(403);
        assertThat(forged.body()).contains("valid-sync-token");
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Vendor.class)
    void prunedTombstonesSendOnlyOlderTokensBackToTheStart(TestDatabases.Vendor vendor) {
        DavServers.Server server = DavServers.on(vendor);
        DavClient client = server.newUser();
        PeopleService people = server.bean(PeopleService.class);
        Person bob = people.create(client.account, PersonChanges.named("Bob Stone"));
        Person cleo = people.create(client.account, PersonChanges.named("Cleo Park"));
        String before = DavClient.token(client.sync(null, "<d:getetag/>"));
        people.delete(client.account, cleo.id());
        String after = DavClient.token(client.sync(before, "<d:getetag/>"));

        Tombstones today = server.bean(Tombstones.class);
        assertThat(today.prune()).as("a tombstone is dated by the first pass, not pruned").isZero();
        assertThat(client.sync(before, "<d:getetag/>").responses()).containsOnlyKeys(
                client.contacts() + cleo.id() + ".vcf");
        Tombstones later = new Tombstones(server.bean(JdbcClient.class), server.bean(PlatformTransactionManager.class),
                server.bean(ClusterLock.class), Clock.offset(Clock.systemUTC(), Duration.ofDays(61)),
                Duration.ofDays(60));
        assertThat(later.prune()).as("Cleo's card, and what other tests left").isPositive();

        DavClient.Answer old = client.sync(before, "<d:getetag/>");
        assertThat(old.status()).isEqualTo(403);
        assertThat(old.body()).contains("valid-sync-token");
        assertThat(client.sync(after, "<d:getetag/>").status()).as("a token from after the deletion still works")
                .isEqualTo(207);
        assertThat(client.sync(null, "<d:getetag/>").responses()).containsKey(client.contacts() + bob.id() + ".vcf")
                .doesNotContainKey(client.contacts() + cleo.id() + ".vcf");
    }
}
