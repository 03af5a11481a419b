package app.kith.digest;

import static app.kith.digest.DigestFixtures.HOSTILE;
import static org.assertj.core.api.Assertions.assertThat;

import app.kith.calendar.CalendarService;
import app.kith.calendar.EventChanges;
import app.kith.digest.DigestFixtures.Owner;
import app.kith.interactions.InteractionChanges;
import app.kith.interactions.InteractionService;
import app.kith.people.PeopleService;
import app.kith.shared.Page;
import app.kith.testing.TestDatabases.Vendor;
import app.kith.testing.TestPeople;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The digest by email on the account's schedule, through the real scheduler tick on nodes sharing
 * one database, to a real SMTP server on loopback (GreenMail), on SQLite and on PostgreSQL.
 */
class DigestDeliveryTests {

    private static DigestTicker ticker(Vendor vendor) {
        return DigestNodes.bean(vendor, DigestTicker.class);
    }

    private static List<Delivery> log(Vendor vendor, Owner owner) {
        return DigestNodes.bean(vendor, DigestService.class).deliveries(owner.account(), Page.Request.of(0, 20)).items();
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void aMondayDigestAtEightOsloTimeArrivesOnceAtEightWithBothPartsEscapedAndItsLinks(Vendor vendor) throws Exception {
        DigestNodes.CLOCK.set(Instant.parse("2026-01-04T12:00:00Z"));
        Owner owner = DigestFixtures.withSomeoneDue(vendor, HOSTILE);
        DigestFixtures.schedule(vendor, owner, "weekly", "monday", 8, "Europe/Oslo");

        DigestNodes.CLOCK.set(Instant.parse("2026-01-05T06:59:00Z"));
        ticker(vendor).tick();
        assertThat(DigestNodes.mailTo(owner.email())).as("07:59 in Oslo: not yet").isEmpty();
        DigestNodes.CLOCK.set(Instant.parse("2026-01-05T07:00:00Z"));
        ticker(vendor).tick();
        ticker(vendor).tick();

        List<MimeMessage> mail = DigestNodes.mailTo(owner.email());
        assertThat(mail).hasSize(1);
        MimeMessage message = mail.getFirst();
        assertThat(message.getFrom()[0]).hasToString("Kith <digest@kith.example.org>");
        assertThat(message.getSubject()).isEqualTo("Your Kith digest for Monday 5 January: 1 thing");
        assertThat(message.getHeader("Auto-Submitted", null)).isEqualTo("auto-generated");
        assertThat(message.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
        String unsubscribe = message.getHeader("List-Unsubscribe", null);
        assertThat(unsubscribe).matches("<" + DigestNodes.BASE_URL + "/digest/unsubscribe/[^>]+>");
        MimeMultipart parts = (MimeMultipart) message.getContent();
        assertThat(parts.getContentType()).startsWith("multipart/alternative");
        assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain");
        assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html");
        String text = (String) parts.getBodyPart(0).getContent();
        String html = (String) parts.getBodyPart(1).getContent();
        assertThat(text).contains("* " + HOSTILE + " (inner circle, every 14 days",
                "Log a touch: " + DigestNodes.BASE_URL + "/log/touch/" + owner.friendId(),
                "Open in Kith: " + DigestNodes.BASE_URL + "/people/" + owner.friendId());
        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt; O&#39;Brien &amp; Co")
                .contains("href=\"" + DigestNodes.BASE_URL + "/log/touch/" + owner.friendId() + "\"")
                .contains("href=\"" + DigestNodes.BASE_URL + "/people/" + owner.friendId() + "\"")
                .contains(unsubscribe.substring(1, unsubscribe.length() - 1));
        Delivery sent = log(vendor, owner).getFirst();
        assertThat(sent.status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(sent.digestDate()).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(sent.attempts()).isEqualTo(1);
        assertThat(sent.answer()).startsWith("250");
        assertThat(DigestNodes.bean(vendor, DigestService.class).settings(owner.account()).nextDueAt())
                .isEqualTo("2026-01-12T07:00:00Z");
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void theDigestPreparesForTheMeetingsOfItsNext48HoursWithNamesAndNotesEscaped(Vendor vendor) throws Exception {
        DigestNodes.CLOCK.set(Instant.parse("2026-02-08T12:00:00Z"));
        Owner owner = DigestFixtures.empty(vendor);
        String guest = TestPeople.add(DigestNodes.bean(vendor, PeopleService.class), owner.account(), HOSTILE, "none",
                null, null);
        DigestNodes.bean(vendor, InteractionService.class).log(owner.account(), new InteractionChanges(List.of(guest),
                "coffee", "asked", "2026-02-01", "<b>a loan</b> & a favour"));
        meeting(vendor, owner, "Dinner <3", "2026-02-09T17:30:00Z", guest);
        meeting(vendor, owner, "Breakfast before the digest", "2026-02-09T06:30:00Z", guest);
        meeting(vendor, owner, "Lunch after the next 48 hours", "2026-02-11T08:00:00Z", guest);
        DigestFixtures.schedule(vendor, owner, "daily", null, 8, "Europe/Oslo");

        DigestNodes.CLOCK.set(Instant.parse("2026-02-09T07:00:00Z"));
        ticker(vendor).tick();

        MimeMultipart parts = (MimeMultipart) DigestNodes.mailTo(owner.email()).getFirst().getContent();
        String text = ((String) parts.getBodyPart(0).getContent()).replace("\r\n", "\n");
        String html = (String) parts.getBodyPart(1).getContent();
        String prep = text.substring(text.indexOf("BEFORE YOU MEET"), text.indexOf("ALSO THIS WEEK"));
        assertThat(prep).isEqualTo("""
                BEFORE YOU MEET
                * today at 18:30: Dinner <3
                  %s
                    Try: give back before you ask again: help with what they are working on, share something useful or offer an introduction
                    Last time: 2026-02-01 coffee (asked): <b>a loan</b> & a favour
                    Open: you asked 8 days ago (2026-02-01) and have given nothing since: <b>a loan</b> & a favour
                    Open in Kith: %s/people/%s

                """.formatted(HOSTILE, DigestNodes.BASE_URL, guest));
        String htmlPrep = html.substring(html.indexOf("Before you meet"), html.indexOf("Also this week"));
        assertThat(htmlPrep).contains("Dinner &lt;3", "today at 18:30",
                "&lt;script&gt;alert(1)&lt;/script&gt; O&#39;Brien &amp; Co", "&lt;b&gt;a loan&lt;/b&gt; &amp; a favour",
                "href=\"" + DigestNodes.BASE_URL + "/people/" + guest + "\"").doesNotContain("Breakfast", "Lunch");
        assertThat(html).doesNotContain("<script>", "<b>a loan");
    }

    private static void meeting(Vendor vendor, Owner owner, String title, String startsAt, String with) {
        DigestNodes.bean(vendor, CalendarService.class).create(owner.account(), new EventChanges("dinner", title, null,
                null, startsAt, null, null, null, List.of(with), null, null, null, null, null, null, null));
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void digestsDueAtTheSameHourAllGoOutInOneTickThoughTheyFillSeveralBatches(Vendor vendor) throws Exception {
        DigestNodes.CLOCK.set(Instant.parse("2026-03-01T12:00:00Z"));
        List<Owner> owners = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Owner owner = DigestFixtures.withSomeoneDue(vendor, "Friend " + i);
            DigestFixtures.schedule(vendor, owner, "daily", "monday", 9, "UTC");
            owners.add(owner);
        }

        DigestNodes.CLOCK.set(Instant.parse("2026-03-02T09:00:00Z"));
        ticker(vendor).tick();

        for (Owner owner : owners) {
            assertThat(DigestNodes.mailTo(owner.email())).as(owner.email()).hasSize(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void anEmptyDigestIsNotSentButLoggedAsSkipped(Vendor vendor) {
        DigestNodes.CLOCK.set(Instant.parse("2026-02-01T12:00:00Z"));
        Owner owner = DigestFixtures.empty(vendor);
        DigestFixtures.schedule(vendor, owner, "daily", null, 9, "UTC");

        DigestNodes.CLOCK.set(Instant.parse("2026-02-02T09:00:00Z"));
        ticker(vendor).tick();

        assertThat(DigestNodes.mailTo(owner.email())).isEmpty();
        assertThat(log(vendor, owner)).singleElement().extracting(Delivery::status)
                .isEqualTo(DeliveryStatus.SKIPPED_EMPTY);
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void accountsFourteenHoursAheadAndTwelveBehindGetTheirMondayDigestAtTheirEightOClock(Vendor vendor) {
        DigestNodes.CLOCK.set(Instant.parse("2026-01-03T00:00:00Z"));
        Owner ahead = DigestFixtures.withSomeoneDue(vendor, "Kiri Ahead");
        DigestFixtures.schedule(vendor, ahead, "weekly", "monday", 8, "Pacific/Kiritimati");
        Owner behind = DigestFixtures.withSomeoneDue(vendor, "Baker Behind");
        DigestFixtures.schedule(vendor, behind, "weekly", "monday", 8, "Etc/GMT+12");

        DigestNodes.CLOCK.set(Instant.parse("2026-01-04T18:00:00Z"));
        ticker(vendor).tick();
        assertThat(DigestNodes.mailTo(ahead.email())).as("Monday 08:00 at UTC+14, a Sunday in UTC").hasSize(1);
        assertThat(DigestNodes.mailTo(behind.email())).isEmpty();
        DigestNodes.CLOCK.set(Instant.parse("2026-01-05T20:00:00Z"));
        ticker(vendor).tick();

        assertThat(DigestNodes.mailTo(ahead.email())).hasSize(1);
        assertThat(DigestNodes.mailTo(behind.email())).as("Monday 08:00 at UTC-12").hasSize(1);
        assertThat(log(vendor, ahead).getFirst().digestDate()).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(log(vendor, behind).getFirst().digestDate()).isEqualTo(LocalDate.of(2026, 1, 5));
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void aDailyDigestAcrossBothDaylightSavingChangesGoesOutOnceADayAtItsHourOrJustAfter(Vendor vendor) {
        DigestNodes.CLOCK.set(Instant.parse("2026-03-27T12:00:00Z"));
        Owner owner = DigestFixtures.withSomeoneDue(vendor, "Dag Daily");
        DigestFixtures.schedule(vendor, owner, "daily", null, 2, "Europe/Oslo");

        // Every quarter of an hour for three days around the spring change (02:00 does not exist on the 29th).
        for (int i = 0; i < 3 * 96; i++) {
            ticker(vendor).tick();
            DigestNodes.CLOCK.advance(Duration.ofMinutes(15));
        }

        assertThat(log(vendor, owner)).extracting(Delivery::digestDate).containsExactly(LocalDate.of(2026, 3, 30),
                LocalDate.of(2026, 3, 29), LocalDate.of(2026, 3, 28));
        assertThat(DigestNodes.mailTo(owner.email())).hasSize(3);
        assertThat(log(vendor, owner).get(1).updatedAt()).as("03:00 CEST, the first instant after 02:00")
                .isEqualTo("2026-03-29T01:00:00Z");

        DigestNodes.CLOCK.set(Instant.parse("2026-10-24T12:00:00Z"));
        DigestFixtures.schedule(vendor, owner, "daily", null, 2, "Europe/Oslo");
        for (int i = 0; i < 2 * 96; i++) {
            ticker(vendor).tick();
            DigestNodes.CLOCK.advance(Duration.ofMinutes(15));
        }

        assertThat(log(vendor, owner).stream().filter(d -> d.digestDate().getMonthValue() == 10))
                .as("once on the day 02:00 happens twice").extracting(Delivery::digestDate)
                .containsExactly(LocalDate.of(2026, 10, 26), LocalDate.of(2026, 10, 25));
        assertThat(DigestNodes.mailTo(owner.email())).hasSize(5);
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void aDigestMissedWhileTheServerWasDownGoesOutLaterThatDayButNeverOnALaterDay(Vendor vendor) {
        DigestNodes.CLOCK.set(Instant.parse("2026-04-05T12:00:00Z"));
        Owner sameDay = DigestFixtures.withSomeoneDue(vendor, "Sam Sameday");
        DigestFixtures.schedule(vendor, sameDay, "daily", null, 8, "UTC");
        Owner nextDay = DigestFixtures.withSomeoneDue(vendor, "Ned Nextday");
        DigestFixtures.schedule(vendor, nextDay, "daily", null, 23, "UTC");

        DigestNodes.CLOCK.set(Instant.parse("2026-04-06T15:30:00Z"));
        ticker(vendor).tick();
        DigestNodes.CLOCK.set(Instant.parse("2026-04-09T00:30:00Z"));
        ticker(vendor).tick();

        assertThat(DigestNodes.mailTo(sameDay.email())).as("08:00 was missed; 15:30 is the same day").hasSize(1);
        assertThat(log(vendor, sameDay).getFirst().digestDate()).isEqualTo(LocalDate.of(2026, 4, 6));
        assertThat(DigestNodes.mailTo(nextDay.email())).as("23:00 on the 6th, found on the 9th: old news").isEmpty();
        assertThat(DigestNodes.bean(vendor, DigestService.class).settings(nextDay.account()).nextDueAt())
                .isEqualTo("2026-04-09T23:00:00Z");
    }
}
