package app.kith.web;

import app.kith.notecards.NoteCard;
import app.kith.notecards.NoteCardChanges;
import app.kith.notecards.NoteCardService;
import app.kith.people.PeopleService;
import app.kith.shared.AccountId;
import app.kith.shared.KithException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Handwritten notes: the queue (to write, written, mailed), adding a card, suggestions for the inner
 * circle, and the print-ready PDF, all through {@link NoteCardService} as {@code kith cards} and the
 * API. Marking a card mailed logs the {@code note-card} touch there, never here.
 */
@Controller
class CardsPage {
    static final int MAILED_SHOWN = 10;

    private final NoteCardService cards;
    private final PeopleService people;
    private final Clock clock;

    CardsPage(NoteCardService cards, PeopleService people, Clock clock) {
        this.cards = cards;
        this.people = people;
        this.clock = clock;
    }

    /** A new card as the form sends it; the person comes from a picker (the first one ticked). */
    record CardForm(List<String> personId, String occasion, String writeBy, String message) {
        NoteCardChanges changes() {
            return new NoteCardChanges(personId == null || personId.isEmpty() ? null : personId.getFirst(), occasion,
                    writeBy == null || writeBy.isBlank() ? null : writeBy, message, null);
        }
    }

    @GetMapping("/cards")
    String queue(@AuthenticationPrincipal AccountId account, Model model) {
        return page(account, new CardForm(List.of(), "", "", ""), null, model);
    }

    @PostMapping("/cards")
    String add(@AuthenticationPrincipal AccountId account, CardForm form, Model model,
               HttpServletResponse response) {
        try {
            cards.add(account, form.changes());
            return "redirect:/cards?added";
        } catch (KithException e) {
            response.setStatus(400);
            return page(account, form, e.getMessage(), model);
        }
    }

    /** Moves a card on: {@code written}, then {@code mailed}. From Today, htmx swaps just its row. */
    @PostMapping("/cards/{id}/status")
    String status(@AuthenticationPrincipal AccountId account, @PathVariable String id,
                  @RequestParam(defaultValue = "") String status,
                  @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        NoteCard card = cards.update(account, cards.get(account, id).id(),
                new NoteCardChanges(null, null, null, null, status));
        if (htmx == null) {
            return "redirect:/cards?" + card.status().wire();
        }
        model.addAttribute("done", "Card for " + card.personName() + " marked " + card.status().wire() + ".");
        return "today :: done";
    }

    @PostMapping("/cards/{id}/delete")
    String delete(@AuthenticationPrincipal AccountId account, @PathVariable String id) {
        cards.delete(account, cards.get(account, id).id());
        return "redirect:/cards?deleted";
    }

    /** The cards not yet mailed as one PDF: an A6 card and its envelope each. */
    @GetMapping("/cards/print.pdf")
    ResponseEntity<byte[]> print(@AuthenticationPrincipal AccountId account) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        cards.print(account, List.of(), pdf);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("kith-cards-" + LocalDate.now(clock) + ".pdf").build().toString())
                .body(pdf.toByteArray());
    }

    private String page(AccountId account, CardForm form, String problem, Model model) {
        model.addAttribute("nav", "cards");
        model.addAttribute("toWrite", cards.list(account, "to-write"));
        model.addAttribute("written", cards.list(account, "written"));
        model.addAttribute("mailed", cards.list(account, "mailed").stream()
                .sorted(Comparator.comparing(NoteCard::mailedOn).reversed()).limit(MAILED_SHOWN).toList());
        model.addAttribute("suggestions", cards.suggestions(account, LocalDate.now(clock)));
        model.addAttribute("form", form);
        model.addAttribute("chosen", people.names(account, form.personId() == null ? List.of() : form.personId()));
        model.addAttribute("problem", problem);
        return "cards/list";
    }
}
