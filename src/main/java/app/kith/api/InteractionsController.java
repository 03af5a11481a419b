package app.kith.api;

import app.kith.interactions.Direction;
import app.kith.interactions.Interaction;
import app.kith.interactions.InteractionFilter;
import app.kith.interactions.InteractionKind;
import app.kith.interactions.InteractionService;
import app.kith.shared.AccountId;
import app.kith.shared.Choice;
import app.kith.shared.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
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

/** {@code /api/v1/interactions}: what happened with people, newest first. */
@RestController
@RequestMapping(Api.V1 + "/interactions")
@Tag(name = "interactions")
class InteractionsController {
    private final InteractionService interactions;

    InteractionsController(InteractionService interactions) {
        this.interactions = interactions;
    }

    @GetMapping
    @Operation(summary = "List interactions, by person, kind, direction and date range (inclusive)")
    Page<Interaction> list(@AuthenticationPrincipal AccountId account,
                           @RequestParam(required = false) String person,
                           @RequestParam(required = false) String kind,
                           @RequestParam(required = false) String direction,
                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                           @RequestParam(defaultValue = "0") int page,
                           @RequestParam(defaultValue = Api.DEFAULT_SIZE) int size) {
        InteractionFilter filter = new InteractionFilter(person,
                Choice.parse(InteractionKind.class, "kind", kind), Choice.parse(Direction.class, "direction", direction),
                from, to);
        return interactions.list(account, filter, Api.page(page, size));
    }

    @PostMapping
    @Operation(summary = "Record an interaction")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<Interaction> create(@AuthenticationPrincipal AccountId account,
                                       @RequestBody InteractionRequest body) {
        Interaction created = interactions.log(account, body.changes());
        return Api.created("/interactions/" + created.id(), created);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One interaction")
    Interaction get(@AuthenticationPrincipal AccountId account, @PathVariable String id) {
        return interactions.get(account, id);
    }

    @PatchMapping("/{id}")
    @Operation(summary = "Change an interaction: null or missing fields stay as they are")
    Interaction update(@AuthenticationPrincipal AccountId account, @PathVariable String id,
                       @RequestBody InteractionRequest body) {
        return interactions.update(account, id, body.changes());
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete an interaction")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@AuthenticationPrincipal AccountId account, @PathVariable String id) {
        interactions.delete(account, id);
    }
}
