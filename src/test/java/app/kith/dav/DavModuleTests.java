package app.kith.dav;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.people.PersonChanges;
import app.kith.testing.ModuleChecks;
import app.kith.testing.ModuleDatabases.OnPostgresql;
import app.kith.testing.ModuleDatabases.OnSqlite;
import app.kith.testing.ModuleUnderTest;
import ezvcard.VCardVersion;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

/**
 * The dav module with what it serves (people with their jobs, the calendar, and what those use) and
 * nothing of the web; the vCard mapping it shares with exchange is code, not beans. A card a client
 * writes becomes a person, and a change made in Kith moves the card's ETag.
 */
class DavModuleTests {

    @OnSqlite class Sqlite extends Checks {}

    @OnPostgresql class Postgresql extends Checks {}

    @ModuleUnderTest(mode = BootstrapMode.ALL_DEPENDENCIES, booted = {"accounts", "calendar", "conferences", "dav",
        "interactions", "organizations", "people", "shared", "storage"})
    abstract class Checks extends ModuleChecks {
        @Autowired
        AddressBook book;

        @Test
        void aCardFromAClientIsAPersonAndKithsEditsMoveItsEtag() {
            AddressBook.Stored stored = book.put(account, "grace.vcf", ("BEGIN:VCARD\r\nVERSION:3.0\r\nUID:grace-1\r\n"
                    + "FN:Grace Hopper\r\nX-NAVY:rear admiral\r\nEND:VCARD\r\n").getBytes(StandardCharsets.UTF_8),
                    null, "*");
            CardRow card = book.find(account, "grace.vcf").orElseThrow();

            people.update(account, card.personId(), PersonChanges.builder().nickname("Amazing Grace").build());

            assertThat(stored.created()).isTrue();
            assertThat(names(account)).containsExactly("Grace Hopper");
            CardRow after = book.find(account, "grace.vcf").orElseThrow();
            assertThat(after.etag()).isNotEqualTo(stored.etag());
            assertThat(book.render(account, after, VCardVersion.V4_0))
                    .contains("UID:grace-1", "NICKNAME:Amazing Grace", "X-NAVY:rear admiral");
        }
    }
}
