package app.kith.api;

import app.kith.notecards.CardSuggestion;
import app.kith.notecards.NoteCard;
import app.kith.notecards.NoteCardService;
import app.kith.shared.AccountId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/note-cards}: the queue of handwritten notes, suggestions and the printable PDF. */
@RestController
@RequestMapping(Api.V1 + "/note-cards")
@Tag(name = "note-cards")
class NoteCardsController {
    private final NoteCardService cards;
    private final Clock clock;

    NoteCardsController(NoteCardService cards, Clock clock) {
        this.cards = cards;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "Cards by status (default: every card not yet mailed), soonest write-by first")
    List<NoteCard> list(@AuthenticationPrincipal AccountId account, @RequestParam(required = false) String status) {
        return cards.list(account, status);
    }

    @PostMapping
    @Operation(summary = "Add a card to write")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<NoteCard> create(@AuthenticationPrincipal AccountId account, @RequestBody NoteCardRequest body) {
        NoteCard created = cards.add(account, body.changes());
        return Api.created("/note-cards/" + created.id(), created);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One card")
    NoteCard get(@AuthenticationPrincipal AccountId account, @PathVariable String id) {
        return cards.get(account, id);
    }

    @PatchMapping("/{id}")
    @Operation(summary = "Change a card; its status only moves forward, and mailing it logs a note-card touch")
    NoteCard update(@AuthenticationPrincipal AccountId account, @PathVariable String id,
                    @RequestBody NoteCardRequest body) {
        return cards.update(account, id, body.changes());
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a card")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@AuthenticationPrincipal AccountId account, @PathVariable String id) {
        cards.delete(account, id);
    }

    @GetMapping("/suggestions")
    @Operation(summary = "Cards worth writing to the inner circle (birthdays, achievements, thank-yous, bridge repair)")
    List<CardSuggestion> suggestions(@AuthenticationPrincipal AccountId account,
                                     @RequestParam(required = false)
                                     @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return cards.suggestions(account, Api.dayOr(date, clock));
    }

    @GetMapping("/print")
    @Operation(summary = "A print-ready PDF of the cards not yet mailed: an A6 card and a C6 envelope each")
    ResponseEntity<byte[]> print(@AuthenticationPrincipal AccountId account) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        cards.print(account, List.of(), pdf);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"note-cards.pdf\"")
                .body(pdf.toByteArray());
    }
}
