package app.kith.dav;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.people.PeopleService;
import app.kith.people.Person;
import app.kith.people.PersonChanges;
import app.kith.testing.TestDatabases;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Two-way sync with a client Kith did not write: Debian's vdirsyncer, between the app's address book
 * (found from the server's address alone) and a folder of .vcf files, on SQLite and PostgreSQL.
 * Discovery, the first sync, an edit and a new card on each side, a delete on each side and a
 * conflict, with no card duplicated or lost on the way.
 */
class VdirsyncerTests {
    @BeforeEach
    void vdirsyncer() {
        Tools.need(Tools.VDIRSYNCER, "apt-get install -y vdirsyncer");
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Vendor.class)
    void vdirsyncerSyncsBothWaysWithoutDuplicatesOrLosses(TestDatabases.Vendor vendor) throws Exception {
        DavServers.Server server = DavServers.on(vendor);
        DavClient client = server.newUser();
        PeopleService people = server.bean(PeopleService.class);
        Person bob = people.create(client.account, PersonChanges.builder().name("Bob Stone")
                .emails(List.of("bob@example.com")).phones(List.of("+1 415 555 0100")).build());
        Person cleo = people.create(client.account, PersonChanges.named("Cleo Park"));
        Sync sync = new Sync(server, client, Files.createTempDirectory("kith-vdirsyncer"));

        sync.run("discover");
        sync.run("sync");
        Path local = sync.collection();
        assertThat(sync.cards()).hasSize(3);
        Path bobFile = sync.cardOf("FN:Bob Stone");
        assertThat(Files.readString(bobFile)).contains("UID:" + bob.id(), "bob@example.com");

        Files.writeString(bobFile, Files.readString(bobFile).replace("END:VCARD",
                "EMAIL:stone@example.org\r\nX-FROM-THE-FOLDER:yes\r\nEND:VCARD"));
        Files.writeString(local.resolve("dee-uid.vcf"), """
                BEGIN:VCARD\r
                VERSION:3.0\r
                UID:dee-uid\r
                FN:Dee Local\r
                N:Local;Dee;;;\r
                TEL;TYPE=CELL:+1 415 555 0142\r
                END:VCARD\r
                """);
        sync.run("sync");
        assertThat(people.get(client.account, bob.id()).contact().emails())
                .containsExactly("bob@example.com", "stone@example.org");
        Person dee = CardDavProtocolTests.person(server, client, "Dee Local");
        assertThat(dee).as("the card made in the folder is a person").isNotNull();
        assertThat(CardDavProtocolTests.names(server, client)).hasSize(4);

        people.update(client.account, bob.id(), PersonChanges.builder().nickname("Bobby").build());
        people.update(client.account, dee.id(), PersonChanges.builder().name("Dee Renamed").build());
        sync.run("sync");
        assertThat(Files.readString(bobFile)).contains("NICKNAME:Bobby", "stone@example.org", "X-FROM-THE-FOLDER:yes");
        assertThat(Files.readString(local.resolve("dee-uid.vcf"))).contains("FN:Dee Renamed", "UID:dee-uid");
        assertThat(sync.cards()).as("a rename is no new card").hasSize(4);

        people.delete(client.account, dee.id());
        Files.delete(sync.cardOf("FN:Cleo Park"));
        sync.run("sync");
        assertThat(sync.cards()).hasSize(2);
        assertThat(CardDavProtocolTests.names(server, client)).containsExactlyInAnyOrder("Dana Owner", "Bob Stone");

        people.update(client.account, bob.id(), PersonChanges.builder().notes("edited in Kith").build());
        Files.writeString(bobFile, Files.readString(bobFile).replace("NICKNAME:Bobby", "NICKNAME:Robert"));
        Result conflict = sync.attempt("sync");
        assertThat(conflict.exit()).as(conflict.output()).isNotZero();
        assertThat(conflict.output()).containsIgnoringCase("conflict");
        sync.resolveWith("a wins");
        sync.run("sync");
        assertThat(Files.readString(bobFile)).contains("NOTE:edited in Kith", "NICKNAME:Bobby");

        Result again = sync.attempt("sync");
        assertThat(again.exit()).isZero();
        assertThat(sync.cards()).hasSize(2);
        assertThat(CardDavProtocolTests.names(server, client)).hasSize(2);
    }

    record Result(int exit, String output) {
    }

    /** vdirsyncer with a config of its own in a temporary folder: Kith is side a, a folder side b. */
    private static final class Sync {
        private final Path dir;
        private final DavServers.Server server;
        private final DavClient client;

        Sync(DavServers.Server server, DavClient client, Path dir) {
            this.server = server;
            this.client = client;
            this.dir = dir;
            resolveWith(null);
        }

        void resolveWith(String resolution) {
            try {
                Files.writeString(dir.resolve("config"), """
                        [general]
                        status_path = "%s/status/"

                        [pair contacts]
                        a = "kith"
                        b = "folder"
                        collections = ["from a"]
                        conflict_resolution = %s

                        [storage kith]
                        type = "carddav"
                        url = "%s"
                        username = "%s"
                        password = "%s"

                        [storage folder]
                        type = "filesystem"
                        path = "%s/contacts/"
                        fileext = ".vcf"
                        """.formatted(dir, resolution == null ? "null" : "\"" + resolution + "\"",
                        server.url("/"), client.email, client.password, dir));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void run(String command) throws Exception {
            Result result = attempt(command);
            assertThat(result.exit()).as("vdirsyncer " + command + ":\n" + result.output()).isZero();
        }

        Result attempt(String command) throws Exception {
            Process process = new ProcessBuilder(Tools.VDIRSYNCER.toString(), "-c", dir.resolve("config").toString(),
                    command).redirectErrorStream(true).directory(dir.toFile()).start();
            process.getOutputStream().write("y\ny\ny\ny\n".getBytes(StandardCharsets.UTF_8));
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
            return new Result(process.exitValue(), output);
        }

        /** The folder vdirsyncer made for Kith's address book. */
        Path collection() throws IOException {
            try (Stream<Path> found = Files.list(dir.resolve("contacts"))) {
                return found.filter(Files::isDirectory).findFirst().orElseThrow();
            }
        }

        List<Path> cards() throws IOException {
            try (Stream<Path> found = Files.list(collection())) {
                return found.filter(f -> f.toString().endsWith(".vcf")).toList();
            }
        }

        Path cardOf(String line) throws IOException {
            for (Path card : cards()) {
                if (Files.readString(card).contains(line)) {
                    return card;
                }
            }
            throw new AssertionError("no card with " + line + " in " + cards());
        }
    }
}
