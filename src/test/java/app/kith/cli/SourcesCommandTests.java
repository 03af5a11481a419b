package app.kith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.testing.TestMail;
import app.kith.testing.TestMailboxes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * {@code kith sources} and {@code kith suggestions} against a mailbox on the tests' IMAP server. The
 * operator's allow-list reaches the in-process commands as a system property, as KITH_FETCH_ALLOW
 * would; the password comes on standard input and is never printed.
 */
class SourcesCommandTests {
    private static Cli cli;
    private static String mailbox;
    private static String ada;

    @BeforeAll
    static void start() {
        System.setProperty("kith.fetch-allow", "127.0.0.1");
        cli = Cli.onSqlite();
        assertThat(cli.run("init", "--email", "me@example.com", "--name", "Mia Owner").exit()).isZero();
        ada = cli.run("people", "add", "Ada Lovelace", "--email", "ada@example.org").line();
        mailbox = TestMailboxes.newMailbox("cli");
        TestMailboxes.put(mailbox, "INBOX", TestMail.from("Ada <ada@example.org>").to(mailbox).id("c1@example.org")
                .at("2026-03-02T09:00:00Z"));
        TestMailboxes.put(mailbox, "Sent", TestMail.from(mailbox).to("Lea \u001b[2J <lea@example.org>")
                .id("c2@example.org").at("2026-03-03T09:00:00Z"));
    }

    @AfterAll
    static void stop() {
        System.clearProperty("kith.fetch-allow");
    }

    private static Cli.Result add(String... more) {
        String[] args = new String[] {"sources", "add", "imap", "--host", "127.0.0.1", "--port",
            Integer.toString(TestMailboxes.imapPort()), "--tls", "none", "--user", mailbox, "--start", "2026-01-01",
            "--password-stdin"};
        String[] all = new String[args.length + more.length];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return cli.runWithInput(TestMailboxes.PASSWORD + "\n", all);
    }

    @Test
    void aMailboxIsAddedSyncedListedAndRemovedWithWhatItCaptured() {
        Cli.Result added = add("--folder", "INBOX", "--folder", "Sent");
        String id = added.line();

        Cli.Result synced = cli.run("sources", "sync", id);
        Cli.Result list = cli.run("sources", "list");
        JsonNode json = cli.run("sources", "list", "--json").json();
        Cli.Result suggestions = cli.run("suggestions");
        JsonNode suggested = cli.run("suggestions", "--json").json();

        assertThat(added.exit()).as(added.err()).isZero();
        assertThat(synced.exit()).as(synced.err()).isZero();
        assertThat(synced.out()).contains(mailbox + ": read 2 messages, logged 1 touches, 1 for suggestions");
        assertThat(list.out()).contains(id, mailbox, "ok", "1");
        assertThat(json.get(0).get("imap").get("folders").size()).isEqualTo(2);
        assertThat(json.get(0).get("passwordSet").asBoolean()).isTrue();
        assertThat(suggestions.out()).contains("lea@example.org").doesNotContain("\u001b");
        assertThat(suggested.get(0).get("text").asString()).startsWith("You exchanged 1 email with Lea");
        for (Cli.Result r : new Cli.Result[] {added, synced, list, suggestions}) {
            assertThat(r.out() + r.err()).doesNotContain(TestMailboxes.PASSWORD);
        }
        assertThat(cli.run("people", "show", ada, "--json").out()).contains("\"lastInteraction\" : \"2026-03-02\"");
        assertThat(cli.run("today").out()).contains("Suggested: You exchanged 1 email with Lea");

        Cli.Result accepted = cli.run("suggestions", "accept", suggested.get(0).get("id").asString(), "--name", "Lea");
        assertThat(accepted.exit()).as(accepted.err()).isZero();
        assertThat(cli.run("people", "show", accepted.line(), "--json").out()).contains("lea@example.org");

        Cli.Result removed = cli.run("sources", "remove", id, "--delete-captured");
        assertThat(removed.exit()).as(removed.err()).isZero();
        assertThat(removed.err()).contains("and the 2 interactions it captured");
        assertThat(cli.run("sources", "list", "--json").json().size()).isZero();
    }

    @Test
    void mistakesAreUsageErrorsNamingTheOptionAndChangeNothing() {
        Cli.Result noPassword = cli.run("sources", "add", "imap", "--host", "imap.example.org", "--user", "me");
        Cli.Result badTls = cli.runWithInput("secret\n", "sources", "add", "imap", "--host", "imap.example.org",
                "--user", "me", "--tls", "tls9", "--password-stdin");
        Cli.Result noHost = cli.runWithInput("secret\n", "sources", "add", "imap", "--user", "me", "--password-stdin");
        Cli.Result noKind = cli.run("sources", "add");
        Cli.Result unknown = cli.run("sources", "sync", "01968a6e-0000-7000-8000-000000000001");

        assertThat(noPassword.exit()).isEqualTo(2);
        assertThat(noPassword.err()).startsWith("kith: --password-stdin: no terminal to type the password at");
        assertThat(badTls.exit()).isEqualTo(2);
        assertThat(badTls.err()).startsWith("kith: --tls: 'tls9' is not one of ssl, starttls, none");
        assertThat(noHost.exit()).isEqualTo(2);
        assertThat(noHost.err()).contains("--host");
        assertThat(noKind.exit()).isEqualTo(2);
        assertThat(noKind.err()).contains("name a kind of source: ics, imap");
        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.err()).startsWith("kith: source 01968a6e-0000-7000-8000-000000000001 not found");
        assertThat(cli.run("sources", "list", "--json").json().size()).isZero();
    }

    @Test
    void aFailedSyncExitsOneWithTheReasonInOneLine() {
        String id = cli.runWithInput("not the password\n", "sources", "add", "imap", "--host", "127.0.0.1", "--port",
                Integer.toString(TestMailboxes.imapPort()), "--tls", "none", "--user", mailbox, "--password-stdin")
                .line();

        Cli.Result failed = cli.run("sources", "sync");

        assertThat(failed.exit()).isEqualTo(1);
        assertThat(failed.out()).contains(mailbox + ": failed: the server 127.0.0.1:" + TestMailboxes.imapPort()
                + " refused the sign-in of " + mailbox).doesNotContain("not the password");
        assertThat(cli.run("today").out()).contains("Source " + mailbox + " could not be synced: the server");
        assertThat(cli.run("sources", "remove", id).exit()).isZero();
    }
}
