package app.kith.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.notecards.CardStatus;
import app.kith.notecards.NoteCardChanges;
import app.kith.notecards.NoteCardService;
import app.kith.shared.AccountId;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The note-card queue, clicked through in headless Chromium. */
class CardsBrowserTests extends BrowserTestSupport {

    @Autowired
    NoteCardService cards;

    @Test
    void cardAddedThenMailedLogsANoteCardTouchThatGave() {
        signUp("Owner");
        String person = addPerson("Evelyn Boyd Granville", "inner");
        open("/cards");

        pick("personId", "Evelyn");
        type("#occasion", "Thank you for the book");
        setValue("#writeBy", LocalDate.now().plusDays(3).toString());
        type("#message", "Dear Evelyn, the book was a delight.");
        find("section[aria-labelledby=add-card] button.primary").click();

        pageShows("Card added to the queue");
        assertThat(find("#to-write ~ ul").getText()).contains("Evelyn Boyd Granville").contains("Thank you for the book");
        find("#to-write ~ ul button.primary").click();

        pageShows("Mailed, and logged as a touch that gave");
        assertThat(find("#mailed ~ ul").getText()).contains("Thank you for the book");
        open("/people/" + person);
        assertThat(find("#timeline ~ ul").getText()).contains("note-card").contains("give");
    }

    @Test
    void cardDueIsMarkedWrittenFromToday() {
        String email = signUp("Owner");
        String person = addPerson("Hedy Lamarr", "inner");
        AccountId account = accounts.byEmail(email).orElseThrow().id();
        String id = cards.add(account, new NoteCardChanges(person, "Birthday", LocalDate.now().plusDays(1).toString(),
                null, null)).id();
        open("/");
        assertThat(find("#card-" + id).getText()).contains("Hedy Lamarr").contains("Birthday");

        find("#card-" + id + " button").click();

        pageShows("Card for Hedy Lamarr marked written");
        assertThat(cards.get(account, id).status()).isEqualTo(CardStatus.WRITTEN);
        open("/");
        pageShows("Reach out");
        assertThat(find("#card-" + id + " button").getText()).isEqualTo("Mailed");
    }

    @Test
    void printButtonDownloadsThePdfOfTheQueue() throws Exception {
        String email = signUp("Owner");
        String person = addPerson("Radia Perlman", "inner");
        cards.add(accounts.byEmail(email).orElseThrow().id(), new NoteCardChanges(person, "Congratulations", null,
                null, null));
        open("/cards");
        String link = find("a[href='/cards/print.pdf']").getText();

        HttpResponse<byte[]> pdf = fetch("/cards/print.pdf");

        assertThat(link).isEqualTo("Print cards (PDF)");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/pdf");
        assertThat(pdf.headers().firstValue("Content-Disposition").orElseThrow()).contains("attachment");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    }

    @Test
    void cardWithoutAPersonIsRefusedWithTheReason() {
        signUp("Owner");
        open("/cards");

        type("#occasion", "Birthday");
        find("section[aria-labelledby=add-card] button.primary").click();

        pageShows("name who the card is for");
        assertThat(find("#occasion").getAttribute("value")).isEqualTo("Birthday");
    }
}
