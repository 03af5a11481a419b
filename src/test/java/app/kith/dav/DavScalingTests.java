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
import java.util.ArrayList;
import java.util.List;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * An address book of any size costs the database a fixed number of statements to list (PROPFIND
 * depth 1 and a first sync-collection stream the cards from one query) and a fixed number per batch
 * of cards rendered: counted, on both databases, for a small and a four times larger address book.
 */
class DavScalingTests {
    private static final int SMALL = 300;
    private static final int LARGE = 1200;

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
                    .phones(List.of("+1 415 555 " + String.format("%04d", i))).tags(List.of("t" + i % 7)).build());
        }
        people.createAll(account, all);
        return new DavUser(account, accounts.get(account).email());
    }

    private static void call(CardDavController dav, DavUser user, String method, String depth, String body) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, Paths.contacts(user.email()));
        request.addHeader("Depth", depth);
        request.setContent(body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        MockHttpServletResponse response = new MockHttpServletResponse();
        try {
            dav.contacts(user, user.email(), request, response);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(response.getStatus()).isEqualTo(207);
    }
}
