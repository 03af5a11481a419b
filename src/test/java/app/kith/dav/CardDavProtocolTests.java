package app.kith.dav;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.people.PeopleService;
import app.kith.people.Person;
import app.kith.people.PersonChanges;
import app.kith.people.PersonMerger;
import app.kith.testing.TestDatabases;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * CardDAV over real HTTP, on SQLite and PostgreSQL: discovery, PROPFIND, GET, PUT and DELETE with
 * their ETag preconditions, the multiget, query and sync-collection reports, and edits made in Kith
 * reaching a client's next sync.
 */
class CardDavProtocolTests {
    static final String ADA = """
            BEGIN:VCARD\r
            VERSION:3.0\r
            UID:ada-from-phone\r
            FN:Ada Lovelace\r
            N:Lovelace;Ada;;;\r
            EMAIL;TYPE=INTERNET;TYPE=HOME:ada@example.com\r
            item1.TEL;TYPE=CELL:(555) 010-0199\r
            item1.X-ABLabel:_$!<Mobile>!$_\r
            item2.TEL:+44 20 7946 0018\r
            item2.X-ABLabel:Lab line\r
            IMPP;X-SERVICE-TYPE=Skype:skype:ada.l\r
            X-SOCIALPROFILE;TYPE=twitter:https://twitter.com/ada\r
            RELATED;TYPE=friend:urn:uuid:charles\r
            X-KITH-UNKNOWN;X-ODD=yes:kept as it came\r
            ORG:Analytical Engines;\r
            TITLE:Programmer\r
            BDAY;X-APPLE-OMIT-YEAR=1604:1604-12-10\r
            NOTE:Met at the Difference Engine demo\r
            END:VCARD\r
            """;

    @ParameterizedTest
    @EnumSource(TestDatabases.Vendor.class)
    void clientsFindTheAddressBookFromTheServerAddressAlone(TestDatabases.Vendor vendor) {
        DavClient client = DavServers.on(vendor).newUser();

        DavClient.Answer wellKnown = client.as(null, null, "GET", "/.well-known/carddav", null);
        assertThat(wellKnown.status()).isEqualTo(301);
        assertThat(wellKnown.header("Location")).isEqualTo("/dav/");
        DavClient.Answer root = client.propfind("/dav/", "0", "<d:current-user-principal/>");
        assertThat(root.status()).as(root.toString()).isEqualTo(207);
        assertThat(root.body()).contains("<d:href>/dav/principals/" + client.email + "/</d:href>");
        DavClient.Answer principal = client.propfind("/dav/principals/" + client.email + "/", "0",
                "<card:addressbook-home-set/><cal:calendar-home-set/><d:displayname/><d:unknown-one/>");
        assertThat(principal.body()).contains("/dav/addressbooks/" + client.email + "/</d:href>",
                "/dav/calendars/" + client.email + "/</d:href>", "HTTP/1.1 404 Not Found", "<d:unknown-one");
        DavClient.Answer home = client.propfind("/dav/addressbooks/" + client.email + "/", "1", "<d:resourcetype/>");
        assertThat(home.responses()).containsKey(client.contacts());
        assertThat(home.responses().get(client.contacts())).contains("<card:addressbook");
        DavClient.Answer options = client.send("OPTIONS", client.contacts(), null);
        assertThat(options.header("DAV")).contains("1", "3", "addressbook", "calendar-access");
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Vendor.class)
    void aCardPutIsAPersonAndComesBackWithEverythingItHad(TestDatabases.Vendor vendor) {
        DavServers.Server server = DavServers.on(vendor);
        DavClient client = server.newUser();

        DavClient.Answer put = client.put("ada-card.vcf", ADA, "If-None-Match", "*");
        assertThat(put.status()).as(put.toString()).isEqualTo(201);
        String etag = put.header("ETag");
        assertThat(etag).matches("\"\\d+\"");
        Person ada = person(server, client, "Ada Lovelace");
        assertThat(ada.contact().emails()).containsExactly("ada@example.com");
        assertThat(ada.contact().phones()).hasSize(2);
        assertThat(ada.birthday().toString()).isEqualTo("--12-10");
        assertThat(ada.notes()).isEqualTo("Met at the Difference Engine demo");

        DavClient.Answer get = client.get("ada-card.vcf");
        assertThat(get.status()).isEqualTo(200);
        assertThat(get.header("ETag")).isEqualTo(etag);
        assertThat(get.body()).contains("VERSION:3.0", "UID:ada-from-phone", "item1.TEL;TYPE=CELL:(555) 010-0199",
                "item1.X-ABLabel:_$!<Mobile>!$_", "item2.X-ABLabel:Lab line", "IMPP;X-SERVICE-TYPE=Skype:skype:ada.l",
                "X-SOCIALPROFILE;TYPE=twitter:https://twitter.com/ada", "RELATED;TYPE=friend:urn:uuid:charles",
                "X-KITH-UNKNOWN;X-ODD=yes:kept as it came", "BDAY;X-APPLE-OMIT-YEAR=1604:1604-12-10",
                "ORG:Analytical Engines", "TITLE:Programmer");
        assertThat(get.body()).doesNotContain("\"CELL");
        assertThat(client.get("ada-card.vcf", "Accept", "text/vcard; version=4.0").body())
                .contains("VERSION:4.0", "UID:ada-from-phone", "X-KITH-UNKNOWN");
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Vendor.class)
    void writesThatRaceAreRefusedWith412AndChangeNothing(TestDatabases.Vendor vendor) {
        DavServers.Server server = DavServers.on(vendor);
        DavClient client = server.newUser();
        String etag = client.put("ada.vcf", ADA).header("ETag");

        assertThat(client.put("ada.vcf", ADA.replace("Ada Lovelace", "Ada King"), "If-None-Match", "*").status())
                .isEqualTo(412);
        assertThat(client.put("ada.vcf", ADA.replace("Ada Lovelace", "Ada King"), "If-Match", "\"999999\"").status())
                .isEqualTo(412);
        assertThat(client.put("other.vcf", ADA, "If-Match", etag).status()).as("no card there to match").isEqualTo(412);
        assertThat(client.send("DELETE", client.contacts() + "ada.vcf", null, "If-Match", "\"999999\"").status())
                .isEqualTo(412);
        assertThat(person(server, client, "Ada Lovelace")).isNotNull();

        DavClient.Answer edit = client.put("ada.vcf", ADA.replace("Ada Lovelace", "Ada King"), "If-Match", etag);
        assertThat(edit.status()).isEqualTo(204);
        assertThat(edit.header("ETag")).isNotEqualTo(etag);
        assertThat(names(server, client)).contains("Ada King").doesNotContain("Ada Lovelace");
        assertThat(client.put("twin.vcf", ADA).status()).as("the same UID under another name").isEqualTo(409);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Vendor.class)
    void syncCollectionReportsExactlyWhatChangedAndDeletionsAs404(TestDatabases.Vendor vendor) {
        DavServers.Server server = DavServers.on(vendor);
        DavClient client = server.newUser();
        PeopleService people = server.bean(PeopleService.class);
        Person bob = people.create(client.account, PersonChanges.builder().name("Bob Stone")
                .emails(List.of("bob@example.com")).build());
        Person cleo = people.create(client.account, PersonChanges.named("Cleo Park"));
        client.put("ada.vcf", ADA);

        DavClient.Answer first = client.sync(null, "<d:getetag/>");
        assertThat(first.status()).as(first.toString()).isEqualTo(207);
        assertThat(first.responses()).hasSize(4).containsKeys(client.contacts() + bob.id() + ".vcf",
                client.contacts() + "ada.vcf");
        String token = DavClient.token(first);

        DavClient.Answer nothing = client.sync(token, "<d:getetag/>");
        assertThat(nothing.responses()).isEmpty();
        assertThat(DavClient.token(nothing)).isEqualTo(token);

        people.update(client.account, bob.id(), PersonChanges.builder().nickname("Bobby").build());
        DavClient.Answer one = client.sync(token, "<d:getetag/><card:address-data/>");
        assertThat(one.responses()).containsOnlyKeys(client.contacts() + bob.id() + ".vcf");
        assertThat(one.body()).contains("NICKNAME:Bobby", "UID:" + bob.id());

        people.delete(client.account, cleo.id());
        assertThat(client.send("DELETE", client.contacts() + "ada.vcf", null).status()).isEqualTo(204);
        DavClient.Answer gone = client.sync(DavClient.token(one), "<d:getetag/>");
        assertThat(gone.responses()).containsOnlyKeys(client.contacts() + cleo.id() + ".vcf",
                client.contacts() + "ada.vcf");
        assertThat(gone.responses().values()).allMatch(r -> r.contains("404 Not Found"));
        assertThat(names(server, client)).doesNotContain("Ada Lovelace", "Cleo Park");

        DavClient.Answer forged = client.sync("http://kith.app/ns/sync/999999999", "<d:getetag/>");
        assertThat(forged.status()).isEqualTo(403);
        assertThat(forged.body()).contains("valid-sync-token");
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Vendor.class)
    void anEditInKithKeepsWhatOnlyThePhoneKnows(TestDatabases.Vendor vendor) {
        DavServers.Server server = DavServers.on(vendor);
        DavClient client = server.newUser();
        client.put("ada.vcf", ADA);
        PeopleService people = server.bean(PeopleService.class);
        Person ada = person(server, client, "Ada Lovelace");

        people.update(client.account, ada.id(), PersonChanges.builder()
                .emails(List.of("ada@example.com", "countess@example.org"))
                .phones(List.of(ada.contact().phones().getFirst())).notes("Loves poetry").build());
        String card = client.get("ada.vcf").body();

        assertThat(card).contains("EMAIL;TYPE=INTERNET,HOME:ada@example.com", "EMAIL:countess@example.org",
                "item1.TEL;TYPE=CELL:(555) 010-0199", "item1.X-ABLabel:_$!<Mobile>!$_", "NOTE:Loves poetry",
                "IMPP;X-SERVICE-TYPE=Skype:skype:ada.l", "X-KITH-UNKNOWN;X-ODD=yes:kept as it came",
                "UID:ada-from-phone");
        assertThat(card).as("the phone removed in Kith takes its label with it")
                .doesNotContain("+44 20 7946 0018", "Lab line", "Met at the Difference");
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Vendor.class)
    void aMergeInKithLeavesTheClientOneCard(TestDatabases.Vendor vendor) {
        DavServers.Server server = DavServers.on(vendor);
        DavClient client = server.newUser();
        PeopleService people = server.bean(PeopleService.class);
        Person keep = people.create(client.account, PersonChanges.named("Dee Keep"));
        Person other = people.create(client.account, PersonChanges.builder().name("Dee Other")
                .emails(List.of("dee@example.com")).build());
        DavClient.Answer first = client.sync(null, "<d:getetag/>");
        String keepEtag = etag(first, client.contacts() + keep.id() + ".vcf");

        server.bean(PersonMerger.class).merge(client.account, keep.id(), other.id());
        DavClient.Answer after = client.sync(DavClient.token(first), "<d:getetag/>");

        assertThat(after.responses()).containsOnlyKeys(client.contacts() + keep.id() + ".vcf",
                client.contacts() + other.id() + ".vcf");
        assertThat(after.responses().get(client.contacts() + other.id() + ".vcf")).contains("404 Not Found");
        assertThat(etag(after, client.contacts() + keep.id() + ".vcf")).isNotEqualTo(keepEtag);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Vendor.class)
    void multigetAndQueryFindCardsAndSayWhichAreMissing(TestDatabases.Vendor vendor) {
        DavServers.Server server = DavServers.on(vendor);
        DavClient client = server.newUser();
        client.put("ada.vcf", ADA);
        server.bean(PeopleService.class).create(client.account, PersonChanges.named("Bob Stone"));

        DavClient.Answer multiget = client.report(client.contacts(), """
                <card:addressbook-multiget xmlns:d="DAV:" xmlns:card="urn:ietf:params:xml:ns:carddav">
                <d:prop><d:getetag/><card:address-data version="4.0"/></d:prop>
                <d:href>%sada.vcf</d:href><d:href>%snobody.vcf</d:href></card:addressbook-multiget>"""
                .formatted(client.contacts(), client.contacts()));
        assertThat(multiget.status()).isEqualTo(207);
        assertThat(multiget.responses().get(client.contacts() + "ada.vcf")).contains("VERSION:4.0", "Ada Lovelace");
        assertThat(multiget.responses().get(client.contacts() + "nobody.vcf")).contains("404 Not Found");

        DavClient.Answer query = client.report(client.contacts(), """
                <card:addressbook-query xmlns:d="DAV:" xmlns:card="urn:ietf:params:xml:ns:carddav">
                <d:prop><d:getetag/></d:prop><card:filter><card:prop-filter name="FN">
                <card:text-match match-type="contains">love</card:text-match></card:prop-filter></card:filter>
                </card:addressbook-query>""");
        assertThat(query.responses()).containsOnlyKeys(client.contacts() + "ada.vcf");
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Vendor.class)
    void propfindOfDepthOneListsEveryCardWithItsEtag(TestDatabases.Vendor vendor) {
        DavServers.Server server = DavServers.on(vendor);
        DavClient client = server.newUser();
        client.put("ada.vcf", ADA);
        DavClient.Answer listing = client.propfind(client.contacts(), "1",
                "<d:getetag/><cs:getctag/><d:sync-token/><d:resourcetype/>");
        Map<String, String> responses = listing.responses();
        assertThat(responses).hasSize(3).containsKeys(client.contacts(), client.contacts() + "ada.vcf");
        assertThat(responses.get(client.contacts())).contains("<cs:getctag>", "<d:sync-token>http://kith.app/ns/sync/");
        assertThat(responses.get(client.contacts() + "ada.vcf")).contains("<d:getetag>\"");
        assertThat(client.send("DELETE", client.contacts() + responses.keySet().stream()
                .filter(h -> !h.endsWith("ada.vcf") && !h.equals(client.contacts())).findFirst().orElseThrow()
                .substring(client.contacts().length()), null).status())
                .as("the account's own card cannot be deleted from a phone").isEqualTo(403);
    }

    private static String etag(DavClient.Answer answer, String href) {
        String response = answer.responses().get(href);
        int at = response.indexOf("<d:getetag>");
        return response.substring(at, response.indexOf("</d:getetag>"));
    }

    static Person person(DavServers.Server server, DavClient client, String name) {
        PeopleService people = server.bean(PeopleService.class);
        return people.keys(client.account).stream().filter(k -> k.name().equals(name))
                .map(k -> people.get(client.account, k.id())).findFirst().orElse(null);
    }

    static List<String> names(DavServers.Server server, DavClient client) {
        return server.bean(PeopleService.class).keys(client.account).stream().map(k -> k.name()).toList();
    }
}
