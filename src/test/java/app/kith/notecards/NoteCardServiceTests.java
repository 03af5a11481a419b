package app.kith.notecards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kith.insights.Today;
import app.kith.insights.TodayService;
import app.kith.interactions.Direction;
import app.kith.interactions.Interaction;
import app.kith.interactions.InteractionChanges;
import app.kith.interactions.InteractionKind;
import app.kith.interactions.InteractionService;
import app.kith.people.PeopleService;
import app.kith.people.PostalAddress;
import app.kith.shared.AccountId;
import app.kith.shared.ConflictException;
import app.kith.shared.InvalidInputException;
import app.kith.testing.DatabaseTest;
import app.kith.testing.TestPeople;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.data.Offset;
import org.assertj.core.groups.Tuple;

class NoteCardServiceTests {

    @DatabaseTest
    void aCardMovesFromToWriteToMailedAndMailingLogsANoteCardTouchThatGave(
            NoteCardService cards, PeopleService people, InteractionService interactions, AccountId account) {
        String ida = TestPeople.add(people, account, "Ida Inner", "inner", null, null);
        NoteCard card = cards.add(account, new NoteCardChanges(ida, "Thank you for the books", "2025-06-01",
                "Dear Ida, ...", null));
        assertThat(card.status()).isEqualTo(CardStatus.TO_WRITE);
        assertThat(card.personName()).isEqualTo("Ida Inner");

        NoteCard written = cards.update(account, card.id(), new NoteCardChanges(null, null, null, null, "written"));
        NoteCard mailed = cards.update(account, card.id(), new NoteCardChanges(null, null, null, null, "mailed"));

        assertThat(written.writtenOn()).isEqualTo(LocalDate.now());
        assertThat(mailed.mailedOn()).isEqualTo(LocalDate.now());
        Interaction touch = interactions.get(account, mailed.interactionId());
        assertThat(touch.kind()).isEqualTo(InteractionKind.NOTE_CARD);
        assertThat(touch.direction()).isEqualTo(Direction.GAVE);
        assertThat(touch.participantIds()).containsExactly(ida);
        assertThatThrownBy(() -> cards.update(account, card.id(), new NoteCardChanges(null, null, null, null,
                "to-write"))).isInstanceOf(ConflictException.class);
        assertThat(cards.list(account, null)).isEmpty();
        assertThat(cards.list(account, "mailed")).extracting(NoteCard::id).containsExactly(card.id());
        assertThatThrownBy(() -> cards.add(account, new NoteCardChanges(ida, " ", null, null, null)))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("occasion");
    }

    @DatabaseTest
    void todayListsCardsDueWithinAWeekInTheNoteCardsKey(NoteCardService cards, PeopleService people,
                                                        TodayService today, AccountId account) {
        String ida = TestPeople.add(people, account, "Ida Inner", "inner", null, null);
        cards.add(account, new NoteCardChanges(ida, "Birthday", "2025-06-05", null, null));
        cards.add(account, new NoteCardChanges(ida, "Overdue thanks", "2025-05-20", null, "written"));
        cards.add(account, new NoteCardChanges(ida, "Far away", "2025-08-01", null, null));

        Today digest = today.today(account, LocalDate.of(2025, 6, 1));

        assertThat(digest.noteCards()).map(CardDue.class::cast).extracting(CardDue::occasion, CardDue::overdue)
                .containsExactly(Tuple.tuple("Overdue thanks", true),
                        Tuple.tuple("Birthday", false));
    }

    @DatabaseTest
    void suggestionsForTheInnerCircleSkipPeopleWithACardQueued(NoteCardService cards, PeopleService people,
                                                              InteractionService interactions, AccountId account) {
        String lea = TestPeople.add(people, account, "Lea Lind", "inner", "1992-02-29", null);
        String gil = TestPeople.add(people, account, "Gil Giver", "inner", null, null);
        TestPeople.add(people, account, "Nat Network", "network", "1990-03-01", null);
        String ola = TestPeople.add(people, account, "Ola Queued", "inner", "1980-03-02", null);
        cards.add(account, new NoteCardChanges(ola, "Birthday", null, null, null));
        interactions.log(account, new InteractionChanges(List.of(gil), "favor", "received",
                "2025-02-20", "helped me move"));

        List<CardSuggestion> suggestions = cards.suggestions(account, LocalDate.of(2025, 2, 22));

        assertThat(suggestions).extracting(CardSuggestion::personId, CardSuggestion::occasion, CardSuggestion::writeBy)
                .containsExactly(Tuple.tuple(lea, "Birthday", LocalDate.of(2025, 2, 23)),
                        Tuple.tuple(gil, "Thank you", LocalDate.of(2025, 2, 27)));
    }

    @DatabaseTest
    void thePdfHasACardAndAnEnvelopeForEachNoteWithAccentedAndNonLatinNames(NoteCardService cards,
                                                                           PeopleService people, AccountId account)
            throws Exception {
        String zoe = TestPeople.withAddress(people, account, "Zoë Ångström", "inner",
                new PostalAddress(null, "Københavnsgade 7", "Århus", null, "8000", "Danmark"));
        String ivan = TestPeople.withAddress(people, account, "Иван Петров", "close",
                new PostalAddress(null, "ул. Ленина 1", "Москва", null, "101000", "Россия"));
        String nobody = TestPeople.add(people, account, "Noa Nowhere", "close", null, null);
        cards.add(account, new NoteCardChanges(zoe, "Tillykke med det nye job", null, "Kære Zoë, så glad!", null));
        cards.add(account, new NoteCardChanges(ivan, "С днём рождения", null, null, null));
        cards.add(account, new NoteCardChanges(nobody, "Thanks", null, null, null));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int printed = cards.print(account, List.of(), out);

        assertThat(printed).isEqualTo(3);
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(6);
            PDFTextStripper text = new PDFTextStripper();
            text.setStartPage(1);
            text.setEndPage(2);
            assertThat(text.getText(pdf)).contains("Tillykke med det nye job", "Kære Zoë, så glad!", "Zoë Ångström",
                    "Københavnsgade 7", "8000 Århus", "Danmark");
            text.setStartPage(3);
            text.setEndPage(4);
            assertThat(text.getText(pdf)).contains("С днём рождения", "Dear Иван Петров,", "ул. Ленина 1",
                    "101000 Москва", "Россия");
            text.setStartPage(5);
            text.setEndPage(6);
            assertThat(text.getText(pdf)).contains("Noa Nowhere", "(no postal address in Kith)");
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isCloseTo(297.6f, Offset.offset(1f));
        }
    }
}
