package app.kith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * {@code kith digest}: settings, the digest as it would be sent, sending it (never twice unless
 * forced) and a test send, against a real SMTP server on loopback. The operator's mail settings
 * reach the in-process commands as system properties, as KITH_SMTP_URL would.
 */
class DigestCommandTests {
    private static GreenMail smtp;
    private static Cli cli;
    private static String friend;

    @BeforeAll
    static void start() {
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        smtp.start();
        System.setProperty("kith.smtp-url", "smtp://127.0.0.1:" + smtp.getSmtp().getPort());
        System.setProperty("kith.mail-from", "kith@example.org");
        cli = Cli.onSqlite();
        assertThat(cli.run("init", "--email", "me@example.com", "--name", "Mia Owner").exit()).isZero();
        friend = cli.run("people", "add", "Eve <b>Evil</b> \u001b[2J", "--circle", "inner").line();
        assertThat(cli.run("log", friend, "--kind", "coffee", "--direction", "gave", "--date", "2026-01-01").exit())
                .isZero();
    }

    @AfterAll
    static void stop() {
        System.clearProperty("kith.smtp-url");
        System.clearProperty("kith.mail-from");
        smtp.stop();
    }

    @Test
    void settingsChangeWithGoodValuesAndRefuseBadOnesWithTheOption() {
        Cli.Result set = cli.run("digest", "settings", "--on", "--frequency", "daily", "--hour", "7", "--zone",
                "Europe/Oslo", "--json");
        Cli.Result zone = cli.run("digest", "settings", "--zone", "Mars/Base");
        Cli.Result both = cli.run("digest", "settings", "--on", "--off");

        assertThat(set.exit()).as(set.err()).isZero();
        JsonNode settings = set.json();
        assertThat(settings.get("enabled").asBoolean()).isTrue();
        assertThat(settings.get("frequency").asString()).isEqualTo("daily");
        assertThat(settings.get("zone").asString()).isEqualTo("Europe/Oslo");
        assertThat(zone.exit()).isEqualTo(2);
        assertThat(zone.err()).startsWith("kith: --zone: 'Mars/Base' is not a time zone");
        assertThat(both.exit()).isEqualTo(2);
        assertThat(cli.run("digest", "settings").out()).contains("Digest: on, daily at 07:00 Europe/Oslo",
                "Email: on, to me@example.com");
    }

    @Test
    void showPrintsTheDigestAsItWouldBeSentWithoutTerminalEscapes() {
        Cli.Result text = cli.run("digest", "show", "--date", "2026-03-02");
        Cli.Result json = cli.run("digest", "show", "--date", "2026-03-02", "--json");

        assertThat(text.exit()).as(text.err()).isZero();
        assertThat(text.out()).contains("Your Kith digest for Monday 2 March", "REACH OUT", "Eve <b>Evil</b> ?[2J",
                "KITH_BASE_URL").doesNotContain("\u001b");
        assertThat(json.json().get("reachOut").get(0).get("person").get("id").asString()).isEqualTo(friend);
        assertThat(cli.run("digest", "show", "--date", "2026-02-30").exit()).isEqualTo(2);
    }

    @Test
    void sendGoesOnceUnlessForcedAndTestShowsTheMailServersAnswer() {
        assertThat(cli.run("digest", "settings", "--email", "on").exit()).isZero();
        int before = smtp.getReceivedMessages().length;

        Cli.Result first = cli.run("digest", "send", "--date", "2026-03-03");
        Cli.Result again = cli.run("digest", "send", "--date", "2026-03-03");
        Cli.Result forced = cli.run("digest", "send", "--date", "2026-03-03", "--force");
        Cli.Result test = cli.run("digest", "test", "email");

        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.out()).startsWith("email: sent: 250");
        assertThat(again.exit()).isZero();
        assertThat(again.out()).startsWith("email: already-sent:");
        assertThat(forced.out()).startsWith("email: sent: 250");
        assertThat(test.exit()).isZero();
        assertThat(test.out()).startsWith("email: sent: 250");
        assertThat(smtp.getReceivedMessages()).hasSize(before + 3);
        assertThat(cli.run("digest", "log", "--json").json().get(0).get("attempts").asInt()).isEqualTo(2);
        assertThat(cli.run("digest", "test", "pigeon").exit()).isEqualTo(2);
    }

    @Test
    void aSendThatFailsExitsOneWithTheReason() {
        Cli other = Cli.onSqlite();
        assertThat(other.run("init", "--email", "you@example.com", "--name", "You").exit()).isZero();
        String pal = other.run("people", "add", "Pal", "--circle", "inner").line();
        other.run("log", pal, "--kind", "coffee", "--direction", "gave", "--date", "2026-01-01");
        System.setProperty("kith.smtp-url", "smtp://127.0.0.1:1");
        try {
            Cli.Result failed = other.run("digest", "send", "--date", "2026-03-03");

            assertThat(failed.exit()).isEqualTo(1);
            assertThat(failed.out()).startsWith("email: failed: could not reach the mail server 127.0.0.1:1");
        } finally {
            System.setProperty("kith.smtp-url", "smtp://127.0.0.1:" + smtp.getSmtp().getPort());
        }
    }
}
