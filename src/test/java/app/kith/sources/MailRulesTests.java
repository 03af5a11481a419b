package app.kith.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The rules that need no server: which folder holds sent mail (the SPECIAL-USE flag first, which the
 * tests' IMAP server cannot send), which headers mark mail that is no touch, which senders nobody
 * answers, and dates as mail programs quote them in a forward.
 */
class MailRulesTests {

    @Test
    void theSentFolderIsTheOneFlaggedSentElseTheOneWithTheUsualName() {
        Map<String, List<String>> flagged = new LinkedHashMap<>();
        flagged.put("INBOX", List.of());
        flagged.put("Sent", List.of());
        flagged.put("Gesendete Objekte", List.of("\\HasNoChildren", "\\Sent"));
        Map<String, List<String>> named = new LinkedHashMap<>();
        named.put("INBOX", List.of());
        named.put("[Gmail]/Sent Mail", List.of("\\HasNoChildren"));
        named.put("Drafts", List.of("\\Drafts"));

        assertThat(SentFolders.among(flagged)).contains("Gesendete Objekte");
        assertThat(SentFolders.among(named)).contains("[Gmail]/Sent Mail");
        assertThat(SentFolders.among(Map.of("INBOX", List.of(), "Archive", List.of()))).isEmpty();
    }

    @Test
    void listsBulkMailAndAutomaticRepliesAreNoTouch() {
        assertThat(MailRules.bulk(null, null, null, null, null)).isFalse();
        assertThat(MailRules.bulk("<team.lists.example.org>", null, null, null, null)).isTrue();
        assertThat(MailRules.bulk(null, "<mailto:unsubscribe@example.org>", null, null, null)).isTrue();
        assertThat(MailRules.bulk(null, null, "Bulk", null, null)).isTrue();
        assertThat(MailRules.bulk(null, null, "first-class", null, null)).isFalse();
        assertThat(MailRules.bulk(null, null, null, "auto-replied", null)).isTrue();
        assertThat(MailRules.bulk(null, null, null, "no", null)).as("written by a person").isFalse();
        assertThat(MailRules.bulk(null, null, null, null, "yes")).isTrue();
    }

    @Test
    void sendersNobodyAnswersAreKnownByTheirNames() {
        assertThat(List.of("no-reply@shop.example", "noreply+42@example.org", "calendar-noreply@google.com",
                "do_not_reply@bank.example", "DoNotReply@example.org", "MAILER-DAEMON@mx.example.org",
                "postmaster@example.org", "bounces+abc@mail.example.org"))
                .allMatch(MailRules::noReply);
        assertThat(List.of("ada@example.org", "reply@example.org", "bouncer@club.example", "norah@example.org"))
                .noneMatch(MailRules::noReply);
    }

    @Test
    void forwardedDatesAreReadAsMailProgramsWriteThem() {
        assertThat(day("Tue, 3 Feb 2026 10:15:00 +0100")).isEqualTo("2026-02-03");
        assertThat(day("Tue, 3 Feb 2026 at 10:15")).isEqualTo("2026-02-03");
        assertThat(day("Wednesday, February 4, 2026 9:00 AM")).isEqualTo("2026-02-04");
        assertThat(day("5. März 2026 um 18:30")).as("a month Kith cannot name is no day").isNull();
        assertThat(day("2026-02-06 08:00")).isEqualTo("2026-02-06");
        assertThat(ForwardedText.addresses("Cy Dee [mailto:cy@example.org]; \"Dee, Cy\" <CY2@Example.org>"))
                .extracting(MailMessage.Address::email).containsExactly("cy@example.org", "cy2@example.org");
    }

    private static LocalDate day(String text) {
        var when = ForwardedText.when(text, ZoneOffset.UTC);
        return when == null ? null : LocalDate.ofInstant(when, ZoneOffset.UTC);
    }
}
