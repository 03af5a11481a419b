package app.kith.exchange;

import static app.kith.exchange.Samples.sample;
import static app.kith.exchange.Samples.text;
import static org.assertj.core.api.Assertions.assertThat;

import app.kith.interactions.Interaction;
import app.kith.interactions.InteractionFilter;
import app.kith.interactions.InteractionService;
import app.kith.organizations.Affiliation;
import app.kith.organizations.OrganizationService;
import app.kith.people.PeopleFilter;
import app.kith.people.PeopleService;
import app.kith.people.Person;
import app.kith.people.PersonChanges;
import app.kith.people.PersonKeys;
import app.kith.people.PersonSummary;
import app.kith.shared.AccountId;
import app.kith.shared.Page;
import app.kith.testing.DatabaseTest;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

class ImportServiceTests {

    @DatabaseTest
    void linkedInExportImportsTheNetworkAndYourOwnProfileOnce(ImportService imports, PeopleService people,
                                                             InteractionService interactions,
                                                             OrganizationService organizations, AccountId account) {
        ImportReport first = imports.run(account, ImportFormat.LINKEDIN,
                sample("Basic_LinkedInDataExport_11-20-2026.zip"), ImportOptions.of(false));

        assertThat(first.created()).isEqualTo(7);
        assertThat(first.errors()).isEmpty();
        Map<String, PersonKeys> byName = byName(people, account);
        assertThat(byName.keySet()).containsExactlyInAnyOrder("Test Owner", "Ada Quinlan", "Bartholomew Ng",
                "Chiara \uD83C\uDF3F Rossi", "Dmitri Volkov", "Émilie Laurent", "Farah Haddad", "Gustav Lindgren");
        assertThat(byName.get("Ada Quinlan").emails()).containsExactly("ada@example.com");
        assertThat(byName.get("Chiara \uD83C\uDF3F Rossi").linkedins()).containsExactly("linkedin.com/in/chiara-rossi-è");
        // "Mar 31" in Profile.csv: a birthday without a year stays without one.
        assertThat(people.get(account, "self").birthday().toString()).isEqualTo("--03-31");
        assertThat(organizations.affiliationsOf(account, "self")).extracting(Affiliation::organizationName)
                .containsExactlyInAnyOrder("Northwind Traders", "Contoso", "University of Trondheim");
        assertThat(organizations.affiliationsOf(account, byName.get("Dmitri Volkov").id())).isEmpty();
        List<Interaction> ada = interactions.recent(account, byName.get("Ada Quinlan").id(), 20);
        assertThat(ada).extracting(i -> i.kind().wire() + " " + i.direction().wire() + " " + i.date())
                .containsExactlyInAnyOrder("message neutral 2025-03-04", "message neutral 2025-03-04",
                        "favor received 2024-05-02", "other neutral 2020-02-03");
        assertThat(interactions.recent(account, byName.get("Bartholomew Ng").id(), 20))
                .extracting(i -> i.direction().wire()).contains("gave");
        assertThat(first.notes()).anyMatch(n -> n.contains("attended event"));

        long interactionsBefore = total(interactions, account);
        ImportReport second = imports.run(account, ImportFormat.LINKEDIN,
                sample("Basic_LinkedInDataExport_11-20-2026.zip"), ImportOptions.of(false));
        assertThat(second.created()).isZero();
        assertThat(second.updated()).isZero();
        assertThat(second.interactions()).isZero();
        assertThat(second.affiliations()).isZero();
        assertThat(byName(people, account)).hasSize(8);
        assertThat(total(interactions, account)).isEqualTo(interactionsBefore);
    }

    @DatabaseTest
    void eachLinkedInCsvFileIsRecognizedByItsNameOrHeader(ImportService imports, PeopleService people,
                                                          AccountId account) {
        for (String file : List.of("Profile.csv", "Connections.csv", "Invitations.csv", "messages.csv",
                "Endorsement_Received_Info.csv", "Recommendations_Given.csv", "Positions.csv", "Education.csv",
                "Events.csv")) {
            imports.run(account, ImportFormat.LINKEDIN, sample("linkedin/" + file), ImportOptions.of(false));
        }
        ImportFile renamed = ImportFile.of("download (3).csv", Samples.bytes("linkedin/Connections.csv"));
        ImportReport again = imports.run(account, ImportFormat.LINKEDIN, renamed, ImportOptions.of(false));

        assertThat(again.skipped()).isEqualTo(5);
        assertThat(again.created()).isZero();
        assertThat(byName(people, account)).hasSize(8);
    }

    @DatabaseTest
    void olderConnectionsLayoutAndRealDataQuirksAreRead(ImportService imports, PeopleService people,
                                                        InteractionService interactions, AccountId account) {
        String older = "\uFEFFFirst Name,Last Name,Email Address,Company,Position,Connected On\n"
                + "Nguyễn\tVăn ,An  ,urn:li:member:12345,\" -\",,\"1/8/18, 6:14 PM\"\n"
                + "\"Zoë \"\"Z\"\" \",Παπαδοπούλου,zoe@example.gr,\"Acme, Inc.\",CTO,\"12/31/19, 11:59 PM\"\n";
        ImportReport report = imports.run(account, ImportFormat.LINKEDIN, text("Connections.csv", older),
                ImportOptions.of(false));

        assertThat(report.created()).isEqualTo(2);
        Map<String, PersonKeys> byName = byName(people, account);
        assertThat(byName).containsKeys("Nguyễn Văn An", "Zoë \"Z\" Παπαδοπούλου");
        assertThat(byName.get("Nguyễn Văn An").emails()).isEmpty();
        assertThat(interactions.recent(account, byName.get("Nguyễn Văn An").id(), 5))
                .extracting(i -> i.date().toString()).containsExactly("2018-01-08");

        String encoded = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
                + "Chiara,Rossi,https://www.linkedin.com/in/chiara-rossi-%C3%A8,,Verde Labs,Designer,09 Oct 2024\n";
        String raw = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
                + "Chiara,Rossi,https://www.linkedin.com/in/chiara-rossi-è/,,Verde Labs,Designer,09 Oct 2024\n";
        imports.run(account, ImportFormat.LINKEDIN, text("Connections.csv", encoded), ImportOptions.of(false));
        ImportReport same = imports.run(account, ImportFormat.LINKEDIN, text("Connections.csv", raw),
                ImportOptions.of(false));
        assertThat(same.created()).isZero();
        assertThat(byName(people, account)).hasSize(4);
    }

    @DatabaseTest
    void googleContactsKeepYearlessBirthdaysAndUserLabelsOnly(ImportService imports, PeopleService people,
                                                             AccountId account) {
        ImportReport first = imports.run(account, ImportFormat.GOOGLE, sample("csv/google-contacts.csv"),
                ImportOptions.of(false));

        assertThat(first.created()).isEqualTo(2);
        Map<String, PersonKeys> byName = byName(people, account);
        Person henrik = people.get(account, byName.get("Henrik Sørensen").id());
        assertThat(henrik.contact().emails()).containsExactly("henrik@example.dk", "h.sorensen@example.com");
        assertThat(henrik.birthday().toString()).isEqualTo("1988-04-09");
        assertThat(henrik.tags()).containsExactly("Meetup");
        assertThat(henrik.notes()).isEqualTo("Met at the PyData meetup.\nLikes climbing.");
        assertThat(henrik.contact().addresses()).singleElement().satisfies(a -> assertThat(a.locality()).isEqualTo("København K"));
        Person isla = people.get(account, byName.get("Isla McAllister").id());
        assertThat(isla.birthday().toString()).isEqualTo("--07-14");
        assertThat(isla.tags()).isEmpty();

        ImportReport second = imports.run(account, ImportFormat.GOOGLE, sample("csv/google-contacts.csv"),
                ImportOptions.of(false));
        assertThat(List.of(second.created(), second.updated(), second.skipped())).containsExactly(0, 0, 2);
    }

    @DatabaseTest
    void outlookCsvIsReadAsUtf8OrWindows1252(ImportService imports, PeopleService people, AccountId account) {
        ImportReport utf8 = imports.run(account, ImportFormat.OUTLOOK, sample("csv/outlook-contacts.csv"),
                ImportOptions.of(false));
        assertThat(utf8.created()).isEqualTo(1);
        Person julia = people.get(account, byName(people, account).get("Julia Kowalski").id());
        assertThat(julia.birthday().toString()).isEqualTo("1990-05-17");
        assertThat(julia.contact().emails()).containsExactly("julia.k@example.pl");

        String header = new String(Samples.bytes("csv/outlook-contacts.csv"), StandardCharsets.UTF_8)
                .lines().findFirst().orElseThrow();
        String row = "Jürgen,,Müller" + ",".repeat(6) + "jm@example.de" + ",".repeat(52);
        byte[] cp1252 = (header + "\r\n" + row + "\r\n").getBytes(Charset.forName("windows-1252"));
        imports.run(account, ImportFormat.OUTLOOK, ImportFile.of("old-outlook.csv", cp1252), ImportOptions.of(false));
        assertThat(byName(people, account)).containsKey("Jürgen Müller");
    }

    @DatabaseTest
    void everyVCardSampleImportsAndASecondImportCreatesNoOne(ImportService imports, PeopleService people,
                                                           AccountId account) {
        List<String> files = List.of("John_Doe_ANDROID.vcf", "John_Doe_BLACK_BERRY.vcf", "John_Doe_EVOLUTION.vcf",
                "John_Doe_GMAIL.vcf", "John_Doe_IPHONE.vcf", "John_Doe_LOTUS_NOTES.vcf",
                "John_Doe_MAC_ADDRESS_BOOK.vcf", "John_Doe_MS_OUTLOOK.vcf", "fullcontact.vcf", "gmail-list.vcf",
                "gmail-single.vcf", "gmail-single2.vcf", "outlook-2003.vcf", "outlook-2007.vcf",
                "rfc2426-example.vcf", "rfc6350-example.vcf", "thunderbird-MoreFunctionsForAddressBook-extension.vcf");
        for (String file : files) {
            imports.run(account, ImportFormat.VCARD, sample("vcard/" + file), ImportOptions.of(false));
        }
        int count = people.keys(account).size();
        assertThat(byName(people, account)).containsKeys("Arnold Smith", "Chris Beatle", "Doug White",
                "Mr. John Richter, James Doe Sr.", "Tim Howes", "Simon Perreault");
        for (String file : files) {
            ImportReport again = imports.run(account, ImportFormat.VCARD, sample("vcard/" + file),
                    ImportOptions.of(false));
            assertThat(again.created()).as(file).isZero();
            assertThat(again.updated()).as(file).isZero();
        }
        assertThat(people.keys(account)).hasSize(count);
        // No year was invented: every stored birthday came from the files as written.
        assertThat(people.keys(account)).allSatisfy(p ->
                assertThat(p.birthday() == null || p.birthday().year() == null || p.birthday().year() != 1604).isTrue());
    }

    @DatabaseTest
    void vCardQuirksAreRead(ImportService imports, PeopleService people, AccountId account) {
        String cards = """
                BEGIN:VCARD
                VERSION:3.0
                FN:Apple Person
                item1.EMAIL;type=INTERNET:apple@example.com
                item1.X-ABLabel:_$!<Other>!$_
                item2.ADR;type=HOME:;;1 Infinite Loop;Cupertino;CA;95014;USA
                item2.X-ABLabel:_$!<Home>!$_
                BDAY;X-APPLE-OMIT-YEAR=1604:1604-11-23
                CATEGORIES:Friends,Climbing
                NOTE:a long note that is folded o
                 ver two lines
                END:VCARD
                BEGIN:VCARD
                VERSION:4.0
                FN:Four Point Oh
                BDAY:--0229
                END:VCARD
                BEGIN:VCARD
                VERSION:2.1
                N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=C3=89milie;Zo=C3=AB;;;
                TEL;CELL:+33 6 12 34 56 78
                END:VCARD
                """;
        ImportReport report = imports.run(account, ImportFormat.VCARD, text("quirks.vcf", cards), ImportOptions.of(false));

        assertThat(report.created()).isEqualTo(3);
        Map<String, PersonKeys> byName = byName(people, account);
        Person apple = people.get(account, byName.get("Apple Person").id());
        assertThat(apple.birthday().toString()).isEqualTo("--11-23");
        assertThat(apple.tags()).containsExactlyInAnyOrder("Friends", "Climbing");
        assertThat(apple.notes()).isEqualTo("a long note that is folded over two lines");
        assertThat(apple.contact().addresses()).singleElement().satisfies(a -> assertThat(a.label()).isEqualTo("Home"));
        assertThat(people.get(account, byName.get("Four Point Oh").id()).birthday().toString()).isEqualTo("--02-29");
        assertThat(byName).containsKey("Zoë Émilie");
        assertThat(byName.get("Zoë Émilie").phones()).containsExactly("+33612345678");
    }

    @DatabaseTest
    void photosAreKeptOnlyWhenTheirBytesAreAnImage(ImportService imports, PeopleService people, AccountId account) {
        String cards = """
                BEGIN:VCARD
                VERSION:3.0
                FN:With Photo
                PHOTO;ENCODING=b;TYPE=JPEG:iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAA=
                END:VCARD
                BEGIN:VCARD
                VERSION:3.0
                FN:Script Photo
                PHOTO;ENCODING=b;TYPE=PNG:PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==
                END:VCARD
                """;
        ImportReport report = imports.run(account, ImportFormat.VCARD, text("photos.vcf", cards), ImportOptions.of(false));

        Map<String, PersonKeys> byName = byName(people, account);
        // The card said JPEG; the bytes are a PNG, and that is what Kith keeps and serves.
        assertThat(people.photo(account, byName.get("With Photo").id())).hasValueSatisfying(p ->
                assertThat(p.contentType()).isEqualTo("image/png"));
        assertThat(people.photo(account, byName.get("Script Photo").id())).isEmpty();
        assertThat(report.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(6);
            assertThat(e.message()).contains("not a JPEG, PNG, GIF or WebP");
        });
        assertThat(imports.run(account, ImportFormat.VCARD, text("photos.vcf", cards), ImportOptions.of(false))
                .updated()).isZero();
    }

    @DatabaseTest
    void aLinkedInRowReportsADifferentNameOnce(ImportService imports, PeopleService people, AccountId account) {
        people.create(account, PersonChanges.builder().name("Priya R.").emails(List.of("priya.raman@example.com"))
                .build());
        String csv = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
                + "Priya,Raman,https://www.linkedin.com/in/priya-raman,priya.raman@example.com,Northwind,Head of Sales,"
                + "21 Aug 2020\n";

        ImportReport report = imports.run(account, ImportFormat.LINKEDIN, text("Connections.csv", csv),
                ImportOptions.of(false));

        assertThat(report.conflicts()).extracting(ImportReport.Issue::message)
                .containsExactly("name: Kith has 'Priya R.', the file says 'Priya Raman'; kept 'Priya R.'");
    }

    @DatabaseTest
    void aMatchGainsWhatItLacksAndConflictsAreReportedNotOverwritten(ImportService imports, PeopleService people,
                                                                   AccountId account) {
        String id = people.create(account, PersonChanges.builder().name("Ada Quinlan")
                .emails(List.of("ADA@example.com")).birthday("1990-01-02").notes("Kith's note").build()).id();
        String csv = "First Name,Last Name,E-mail 1 - Value,Phone 1 - Value,Birthday,Notes,Labels\n"
                + "Ada,Quinlan,ada@example.com,+1 415 555 0100,1991-01-02,The file's note,Friends\n";
        ImportReport report = imports.run(account, ImportFormat.GOOGLE, text("contacts.csv", csv),
                ImportOptions.of(false));

        assertThat(report.updated()).isEqualTo(1);
        assertThat(report.conflicts()).extracting(ImportReport.Issue::message)
                .anyMatch(m -> m.startsWith("birthday")).anyMatch(m -> m.startsWith("notes"));
        assertThat(report.conflicts()).allMatch(c -> c.line() == 2).doesNotHaveDuplicates();
        Person ada = people.get(account, id);
        assertThat(ada.birthday().toString()).isEqualTo("1990-01-02");
        assertThat(ada.notes()).isEqualTo("Kith's note");
        assertThat(ada.contact().phones()).containsExactly("+14155550100");
        assertThat(ada.tags()).containsExactly("Friends");
    }

    @DatabaseTest
    void aDryRunReportsExactlyWhatTheImportThenDoesAndWritesNothing(ImportService imports, PeopleService people,
                                                                   InteractionService interactions, AccountId account) {
        ImportReport dry = imports.run(account, ImportFormat.LINKEDIN,
                sample("Basic_LinkedInDataExport_11-20-2026.zip"), ImportOptions.of(true));
        assertThat(people.keys(account)).hasSize(1);
        assertThat(total(interactions, account)).isZero();

        ImportReport real = imports.run(account, ImportFormat.LINKEDIN,
                sample("Basic_LinkedInDataExport_11-20-2026.zip"), ImportOptions.of(false));
        assertThat(dry.dryRun()).isTrue();
        assertThat(List.of(dry.created(), dry.updated(), dry.merged(), dry.skipped(), dry.interactions(),
                dry.affiliations())).isEqualTo(List.of(real.created(), real.updated(), real.merged(), real.skipped(),
                real.interactions(), real.affiliations()));
        assertThat(total(interactions, account)).isEqualTo(real.interactions());
    }

    @DatabaseTest
    void importedPeopleAreFoundAtOnceByTheirNameEmailTagEmployerAndTitle(ImportService imports, PeopleService people,
                                                                         AccountId account) {
        String csv = "Given Name,Family Name,Nickname,E-mail 1 - Value,Organization Name,Organization Title,Labels\n"
                + "Zoë,Sørensen,Zo,zoe.s@example.com,Nordlys Ørsted AS,Chief Cartographer,Climbing Club\n";
        imports.run(account, ImportFormat.GOOGLE, text("contacts.csv", csv), ImportOptions.of(false));

        for (String query : List.of("zoe sorensen", "zo", "zoe.s", "climbing", "orsted", "cartographer")) {
            assertThat(search(people, account, query)).as(query).containsExactly("Zoë Sørensen");
        }
    }

    @DatabaseTest
    void anEmployerAddedByALaterChunkOfTheFileIsSearchableToo(ImportService imports, PeopleService people,
                                                              AccountId account) {
        StringBuilder csv = new StringBuilder("First Name,Last Name,URL,Email Address,Company,Position,Connected On\n");
        csv.append("Ada,Quinlan,https://www.linkedin.com/in/ada-q,,,,01 Feb 2020\n");
        for (int i = 0; i < 2100; i++) {
            csv.append("Someone,Number").append(i).append(",https://www.linkedin.com/in/n-").append(i)
                    .append(",,,,01 Feb 2020\n");
        }
        // The same person again, far enough down to be in another chunk, now with an employer.
        csv.append("Ada,Quinlan,https://www.linkedin.com/in/ada-q,,Contoso Labs,Principal Engineer,01 Feb 2020\n");
        ImportReport report = imports.run(account, ImportFormat.LINKEDIN, text("Connections.csv", csv.toString()),
                ImportOptions.of(false));

        assertThat(report.merged()).isEqualTo(1);
        assertThat(search(people, account, "contoso principal")).containsExactly("Ada Quinlan");
    }

    static List<String> search(PeopleService people, AccountId account, String query) {
        return people.list(account, new PeopleFilter(query, null, null, null, null, null), Page.Request.of(0, 50))
                .items().stream().map(PersonSummary::name).toList();
    }

    static Map<String, PersonKeys> byName(PeopleService people, AccountId account) {
        return people.keys(account).stream().collect(Collectors.toMap(PersonKeys::name, p -> p));
    }

    static long total(InteractionService interactions, AccountId account) {
        return interactions.list(account, InteractionFilter.all(), Page.Request.of(0, 1)).total();
    }
}
