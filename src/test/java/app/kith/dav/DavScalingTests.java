package app.kith.dav;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.accounts.AccountService;
import app.kith.people.PeopleService;
import app.kith.people.PersonChanges;
import app.kith.shared.AccountId;
import app.kith.testing.DatabaseTest;
import app.kith.testing.DatabaseWork;
import app.kith.testing.TestAccounts;
import app.kith.testing.TestDatabases;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * An address book of any size costs the database a fixed number of statements to list (PROPFIND
 * depth 1 and a first sync-collection stream the cards from one query) and a fixed number per batch
 * of cards rendered: counted, on both databases, for a small and a four times larger address book.
 * So does a calendar's sync-collection, which first records what changed, and a card PUT, which
 * touches its own card only.
 */
class DavScalingTests {
    private static final int SMALL = 300;
    private static final int LARGE = 1200;
    private static final int PUT_SMALL = 200;
    private static final int PUT_LARGE = 2000;
    private static final int PUTS = 20;

    @DatabaseTest
    void listingAnAddressBookCostsTheSameStatementsWhateverItsSize(TestDatabases.Vendor vendor,
                                                                    AccountService accounts, PeopleService people,
                                                                    CardDavController dav) {
        DavUser small = book(accounts, people, SMALL);
        DavUser large = book(accounts, people, LARGE);

        int listSmall = DatabaseWork.statements(vendor, () -> call(dav, small, "PROPFIND", "1", PROPFIND));
        int listLarge = DatabaseWork.statements(vendor, () -> call(dav, large, "PROPFIND", "1", PROPFIND));
        int syncSmall = DatabaseWork.statements(vendor, () -> call(dav, small, "REPORT", "1", SYNC));
        int syncLarge = DatabaseWork.statements(vendor, () -> call(dav, large, "REPORT", "1", SYNC));
        System.out.printf("%s: PROPFIND depth 1 %d statements for %d cards, %d for %d; first sync with cards %d, %d%n",
                vendor, listSmall, SMALL + 1, listLarge, LARGE + 1, syncSmall, syncLarge);

        assertThat(listLarge).as("PROPFIND depth 1 streams every card from one query").isEqualTo(listSmall);
        assertThat((double) syncLarge / (LARGE + 1)).as("a sync renders cards a batch at a time")
                .isLessThanOrEqualTo(1.2 * syncSmall / (SMALL + 1));
        assertThat(syncLarge).as("a few statements per batch of 100 cards").isLessThan(12 * (LARGE / 100 + 1));
    }

    @DatabaseTest
    void aSyncWithNothingChangedReadsTheCounterAlone(TestDatabases.Vendor vendor, AccountService accounts,
                                                     PeopleService people, Cards cards, CardDavController dav) {
        DavUser user = book(accounts, people, SMALL);
        String current = "<d:sync-collection xmlns:d=\"DAV:\"><d:sync-token>"
                + SyncTokens.of(cards.current(user.account())) + "</d:sync-token><d:prop><d:getetag/></d:prop>"
                + "</d:sync-collection>";
        List<String> sent = new ArrayList<>();

        DatabaseWork.statements(vendor, true, sent::add, () -> call(dav, user, "REPORT", "1", current));

        // A phone asks every few minutes; the counter says there is nothing to look for.
        assertThat(sent).as("one read of the change counter").singleElement()
                .satisfies(sql -> assertThat(sql).contains("dav_sync").doesNotContain("dav_cards"));
    }

    @DatabaseTest
    void aMultigetOfAHundredCardsCostsTheSameWhateverTheBooksSize(TestDatabases.Vendor vendor, AccountService accounts,
                                                                   PeopleService people, CardDavController dav) {
        DavUser small = book(accounts, people, SMALL);
        DavUser large = book(accounts, people, LARGE);

        int forSmall = DatabaseWork.statements(vendor, () -> call(dav, small, "REPORT", "1", multiget(people, small)));
        int forLarge = DatabaseWork.statements(vendor, () -> call(dav, large, "REPORT", "1", multiget(people, large)));

        System.out.printf("%s: a multiget of 100 cards %d statements (book of %d), %d (book of %d)%n", vendor,
                forSmall, SMALL, forLarge, LARGE);
        assertThat(forLarge).isEqualTo(forSmall).isLessThan(20);
    }

    @DatabaseTest
    void aCalendarSyncCostsTheSameStatementsWhateverTheCalendarsSize(TestDatabases.Vendor vendor,
                                                                      AccountService accounts, PeopleService people,
                                                                      CalDavController dav) {
        DavUser small = book(accounts, people, SMALL);
        DavUser large = book(accounts, people, LARGE);

        String[] tokens = new String[2];
        int firstSmall = DatabaseWork.statements(vendor, () -> tokens[0] = calendarSync(dav, small, ""));
        int firstLarge = DatabaseWork.statements(vendor, () -> tokens[1] = calendarSync(dav, large, ""));
        int againSmall = DatabaseWork.statements(vendor, () -> calendarSync(dav, small, tokens[0]));
        int againLarge = DatabaseWork.statements(vendor, () -> calendarSync(dav, large, tokens[1]));
        System.out.printf("%s: birthdays sync-collection %d statements for %d people, %d for %d; again %d, %d%n",
                vendor, firstSmall, SMALL, firstLarge, LARGE, againSmall, againLarge);

        assertThat(firstLarge).as("the first sync records every object in a few multi-row statements")
                .isEqualTo(firstSmall);
        assertThat(againLarge).as("a sync with nothing changed").isEqualTo(againSmall).isLessThan(12);
    }

    @DatabaseTest
    void aCardPutCostsTheSameWhateverTheBooksSize(TestDatabases.Vendor vendor, AccountService accounts,
                                                  PeopleService people, CardDavController dav) {
        DavUser small = book(accounts, people, PUT_SMALL);
        DavUser large = book(accounts, people, PUT_LARGE);
        put(dav, small);
        put(dav, large);

        // Committed, so the work done before the commit (the person's search entry) is counted too.
        int forSmall = DatabaseWork.statements(vendor, true, sql -> { }, () -> put(dav, small));
        int forLarge = DatabaseWork.statements(vendor, true, sql -> { }, () -> put(dav, large));
        long workSmall = DatabaseWork.of(vendor, () -> puts(dav, small, PUTS));
        long workLarge = DatabaseWork.of(vendor, () -> puts(dav, large, PUTS));
        System.out.printf("%s: a new card PUT %d statements (book of %d), %d (book of %d);"
                + " work of %d PUTs %d, %d%n", vendor, forSmall, PUT_SMALL, forLarge, PUT_LARGE, PUTS, workSmall,
                workLarge);

        assertThat(forLarge).as("statements of one PUT").isEqualTo(forSmall).isLessThanOrEqualTo(16);
        // A PUT that read the whole book would cost its 1,800 more cards each time: 1,800 rows on
        // PostgreSQL, tens of thousands of SQLite's steps (counted in thousands).
        assertThat(workLarge - workSmall).as("a PUT reads the rows of its card, not of the address book")
                .isLessThanOrEqualTo(vendor == TestDatabases.Vendor.SQLITE ? PUTS / 2 : 10L * PUTS);
    }

    private static void puts(CardDavController dav, DavUser user, int count) {
        for (int i = 0; i < count; i++) {
            put(dav, user);
        }
    }

    /** A new card, as a phone sends it: a name the client chose and {@code If-None-Match: *}. */
    private static void put(CardDavController dav, DavUser user) {
        String name = "phone-" + UUID.randomUUID() + ".vcf";
        MockHttpServletRequest request = new MockHttpServletRequest("PUT", Paths.card(user.email(), name));
        request.addHeader("If-None-Match", "*");
        request.setContentType("text/vcard");
        request.setContent(("BEGIN:VCARD\r\nVERSION:3.0\r\nUID:" + name + "\r\nFN:Phone Card\r\n"
                + "TEL;TYPE=CELL:+1 415 555 0101\r\nEND:VCARD\r\n").getBytes(StandardCharsets.UTF_8));
        MockHttpServletResponse response = new MockHttpServletResponse();
        try {
            dav.card(user, user.email(), name, request, response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(response.getStatus()).isEqualTo(201);
        assertThat(response.getHeader("ETag")).isNotBlank();
    }

    /** A sync-collection of the birthdays calendar from the token (empty: the start); returns the new token. */
    private static String calendarSync(CalDavController dav, DavUser user, String token) {
        MockHttpServletRequest request = new MockHttpServletRequest("REPORT",
                Paths.calendar(user.email(), Calendars.BIRTHDAYS));
        request.addHeader("Depth", "1");
        request.setContent(("<d:sync-collection xmlns:d=\"DAV:\"><d:sync-token>" + token + "</d:sync-token>"
                + "<d:prop><d:getetag/></d:prop></d:sync-collection>").getBytes(StandardCharsets.UTF_8));
        MockHttpServletResponse response = new MockHttpServletResponse();
        try {
            dav.birthdays(user, user.email(), request, response);
            assertThat(response.getStatus()).isEqualTo(207);
            Matcher next = Pattern.compile("http://kith.app/ns/sync/\\d+").matcher(response.getContentAsString());
            assertThat(next.find()).isTrue();
            return next.group();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final String PROPFIND = "<d:propfind xmlns:d=\"DAV:\"><d:prop><d:getetag/></d:prop></d:propfind>";
    private static final String SYNC = "<d:sync-collection xmlns:d=\"DAV:\" xmlns:card=\"urn:ietf:params:xml:ns:carddav\">"
            + "<d:sync-token/><d:prop><d:getetag/><card:address-data/></d:prop></d:sync-collection>";

    private static String multiget(PeopleService people, DavUser user) {
        StringBuilder body = new StringBuilder("<card:addressbook-multiget xmlns:d=\"DAV:\" "
                + "xmlns:card=\"urn:ietf:params:xml:ns:carddav\"><d:prop><d:getetag/><card:address-data/></d:prop>");
        people.keys(user.account()).stream().limit(100).forEach(k -> body.append("<d:href>")
                .append(Paths.card(user.email(), k.id() + ".vcf")).append("</d:href>"));
        return body.append("</card:addressbook-multiget>").toString();
    }

    private static DavUser book(AccountService accounts, PeopleService people, int size) {
        AccountId account = TestAccounts.fresh(accounts);
        List<PersonChanges> all = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            all.add(PersonChanges.builder().name("Person " + i).emails(List.of("p" + i + "@example.com"))
                    .phones(List.of("+1 415 555 " + String.format("%04d", i))).tags(List.of("t" + i % 7))
                    .birthday(String.format("--%02d-%02d", 1 + i % 12, 1 + i % 28)).build());
        }
        people.createAll(account, all);
        return new DavUser(account, accounts.get(account).email());
    }

    private static void call(CardDavController dav, DavUser user, String method, String depth, String body) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, Paths.contacts(user.email()));
        request.addHeader("Depth", depth);
        request.setContent(body.getBytes(StandardCharsets.UTF_8));
        MockHttpServletResponse response = new MockHttpServletResponse();
        try {
            dav.contacts(user, user.email(), request, response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(response.getStatus()).isEqualTo(207);
    }
}
