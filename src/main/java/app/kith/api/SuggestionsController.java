package app.kith.api;

import app.kith.shared.AccountId;
import app.kith.shared.Page;
import app.kith.sources.Suggestion;
import app.kith.sources.SuggestionService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/suggestions}: people you write to who are not in Kith yet. Nothing becomes a person
 * until it is accepted.
 */
@RestController
@RequestMapping(Api.V1 + "/suggestions")
@Tag(name = "suggestions")
class SuggestionsController {
    private final SuggestionService suggestions;

    SuggestionsController(SuggestionService suggestions) {
        this.suggestions = suggestions;
    }

    /** The body of an accept: the new person's name (default: the name their mail came with, else the address). */
    record AcceptRequest(String name) {
    }

    /** The body of an attach: who gets the address ({@code self}: it is one of yours). */
    record AttachRequest(String personId) {
    }

    @GetMapping
    @Operation(summary = "Open suggestions, the people you exchanged most mail with first")
    Page<Suggestion> list(@AuthenticationPrincipal AccountId account,
                          @RequestParam(defaultValue = "0") int page,
                          @RequestParam(defaultValue = Api.DEFAULT_SIZE) int size) {
        return suggestions.open(account, Api.page(page, size));
    }

    @PostMapping("/{id}/accept")
    @Operation(summary = "Make a person of the suggestion, with its address; the touches seen so far are logged")
    Suggestion accept(@AuthenticationPrincipal AccountId account, @PathVariable String id,
                      @RequestBody(required = false) AcceptRequest body) {
        return suggestions.accept(account, id, body == null ? null : body.name());
    }

    @PostMapping("/{id}/attach")
    @Operation(summary = "Add the suggestion's address to a person you have; the touches seen so far are logged")
    Suggestion attach(@AuthenticationPrincipal AccountId account, @PathVariable String id,
                      @RequestBody AttachRequest body) {
        return suggestions.attach(account, id, body.personId());
    }

    @PostMapping("/{id}/ignore")
    @Operation(summary = "Ignore the suggestion, for good")
    Suggestion ignore(@AuthenticationPrincipal AccountId account, @PathVariable String id) {
        return suggestions.ignore(account, id);
    }
}
