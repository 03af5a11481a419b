package app.kith.sources;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.interactions.Interaction;
import app.kith.testing.TestDatabases.Vendor;
import app.kith.testing.TestMail;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A dedicated mailbox you BCC or forward to: a forwarded message counts as its original, with the
 * original's correspondents and day, whether attached (message/rfc822) or quoted in the text the way
 * Gmail, Outlook and Apple Mail write it; a BCC copy of mail you sent counts with its recipients;
 * mail anyone else sends to the mailbox counts for nothing. And subjects, kept only when asked for.
 */
class MailForwardTests {

    @BeforeEach
    void june() {
        SourceNodes.CLOCK.set(Instant.parse("2026-06-15T12:00:00Z"));
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void forwardedMessagesCountAsTheirOriginalsWithTheOriginalCorrespondents(Vendor vendor) {
        MailboxFixture f = new MailboxFixture(vendor, "bcc");
        String owner = f.owner();
        String ada = f.person("Ada Lovelace", "ada@example.org");
        String bob = f.person("Bob Kahn", "bob@example.org");
        String cy = f.person("Cy Dee", "cy@example.org");
        String dan = f.person("Dan Ito", "dan@example.org");
        String eve = f.person("Eve Aho", "eve@example.org");
        TestMail fromAda = TestMail.from("Ada Lovelace <ada@example.org>").to(owner).id("orig-ada@example.org")
                .at("2026-02-01T10:00:00Z").subject("The engine");
        f.put("INBOX", fromAda.forwardedAsAttachment(owner, f.mailbox, "fwd1@example.org", "2026-06-10T08:00:00Z"));
        f.put("INBOX", TestMail.from(owner).to(f.mailbox).id("fwd2@example.org").at("2026-06-10T09:00:00Z")
                .subject("Fwd: Plans").body("""
                        FYI, see below.

                        ---------- Forwarded message ---------
                        From: Bob Kahn <bob@example.org>
                        Date: Tue, 3 Feb 2026 at 10:15
                        Subject: Plans
                        To: Owner <%s>

                        Shall we?
                        """.formatted(owner)));
        f.put("INBOX", TestMail.from(owner).to(f.mailbox).id("fwd3@example.org").at("2026-06-10T10:00:00Z")
                .subject("FW: Invoice").body("""
                        -----Original Message-----
                        From: Cy Dee [mailto:cy@example.org]
                        Sent: Wednesday, February 4, 2026 9:00 AM
                        To: Owner
                        Subject: Invoice

                        Attached.
                        """));
        f.put("INBOX", TestMail.from(owner).to(f.mailbox).id("fwd4@example.org").at("2026-06-10T11:00:00Z")
                .subject("Fwd: Hello").body("""
                        > Begin forwarded message:
                        >
                        > From: Eve Aho <eve@example.org>
                        > Subject: Hello
                        > Date: February 5, 2026 at 18:30:00 GMT+1
                        > To: Owner <%s>
                        >
                        > Hi!
                        """.formatted(owner)));
        f.put("INBOX", TestMail.from(owner).to("Dan Ito <dan@example.org>").cc(f.mailbox).id("bcc1@example.org")
                .at("2026-06-11T08:00:00Z"));
        f.put("INBOX", TestMail.from("Ada Lovelace <ada@example.org>").to(f.mailbox).id("direct@example.org")
                .at("2026-06-12T08:00:00Z"));
        f.put("INBOX", TestMail.from(owner).to(f.mailbox).id("fwd5@example.org").at("2026-06-12T09:00:00Z")
                .subject("note to self").body("Nothing forwarded here."));
        f.addSource("forward", null);

        SyncReport report = f.sync();

        assertThat(report.error()).isNull();
        assertThat(report.messages()).isEqualTo(7);
        assertThat(f.touches(ada)).as("attached original, on its own day; Ada's own mail to the mailbox is nothing")
                .extracting(Interaction::date).containsExactly(LocalDate.parse("2026-02-01"));
        assertThat(f.touches(bob)).extracting(Interaction::date).containsExactly(LocalDate.parse("2026-02-03"));
        assertThat(f.touches(cy)).extracting(Interaction::date).containsExactly(LocalDate.parse("2026-02-04"));
        assertThat(f.touches(eve)).extracting(Interaction::date).containsExactly(LocalDate.parse("2026-02-05"));
        assertThat(f.touches(dan)).as("a BCC copy of mail you sent").extracting(Interaction::date)
                .containsExactly(LocalDate.parse("2026-06-11"));
        assertThat(f.allTouches()).hasSize(5);
        assertThat(f.suggestions()).as("the mailbox's own address is nobody to suggest").isEmpty();

        f.put("INBOX", fromAda.forwardedAsAttachment(owner, f.mailbox, "fwd6@example.org", "2026-06-13T08:00:00Z"));
        assertThat(f.sync().counted()).as("the same original forwarded twice counts once").isZero();
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void subjectsAreKeptAsTheNotesOnlyWhenAskedFor(Vendor vendor) {
        MailboxFixture f = new MailboxFixture(vendor, "subjects");
        String ada = f.person("Ada Lovelace", "ada@example.org");
        f.put("INBOX", TestMail.from("Ada <ada@example.org>").to(f.mailbox).id("s1@example.org")
                .at("2026-03-02T09:00:00Z").subject("=?UTF-8?Q?Caf=C3=A9_on_Friday=3F?="));
        f.addSource(null, true);

        f.sync();

        assertThat(f.touches(ada)).singleElement().satisfies(i -> assertThat(i.notes()).isEqualTo("Café on Friday?"));
    }
}
