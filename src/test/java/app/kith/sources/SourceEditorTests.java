package app.kith.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

/** A calendar's address as shown: what holds the secret (path, query) masked, whoever publishes it. */
class SourceEditorTests {

    private static String masked(String url) {
        return SourceEditor.masked(URI.create(url));
    }

    @Test
    void googleOutlookAndNextcloudAddressesKeepOnlyTheirHostAndAFileName() {
        assertThat(masked("https://calendar.google.com/calendar/ical/me%40gmail.com/private-0f1e2d3c4b5a/basic.ics"))
                .isEqualTo("https://calendar.google.com/…/basic.ics");
        assertThat(masked("https://outlook.office365.com/owa/calendar/4f2a@example.org/a1b2c3d4e5/calendar.ics"))
                .isEqualTo("https://outlook.office365.com/…/calendar.ics");
        assertThat(masked("https://cloud.example.org:8443/remote.php/dav/public-calendars/kPq7Zs9XtY3?export"))
                .isEqualTo("https://cloud.example.org:8443/…");
        assertThat(masked("https://HOST.example.org/feeds/3f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c.ics"))
                .as("a file name that is itself a token").isEqualTo("https://host.example.org/…");
    }
}
