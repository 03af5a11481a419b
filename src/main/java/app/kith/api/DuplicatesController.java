package app.kith.api;

import app.kith.people.DuplicatePair;
import app.kith.people.MergeResult;
import app.kith.people.PersonMerger;
import app.kith.shared.AccountId;
import app.kith.shared.InvalidInputException;
import app.kith.shared.Page;
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

/** Finding and merging duplicate people: {@code /api/v1/people/duplicates} and {@code /api/v1/people/{id}/merge}. */
@RestController
@RequestMapping(Api.V1 + "/people")
@Tag(name = "people")
class DuplicatesController {
    private final PersonMerger merger;

    DuplicatesController(PersonMerger merger) {
        this.merger = merger;
    }

    /** Which person to merge into the one named in the path. */
    record MergeRequest(String other) {
    }

    @GetMapping("/duplicates")
    @Operation(summary = "Pairs of people who look like one (same email, phone, LinkedIn profile or name)")
    Page<DuplicatePair> duplicates(@AuthenticationPrincipal AccountId account,
                                   @RequestParam(defaultValue = "0") int page,
                                   @RequestParam(defaultValue = Api.DEFAULT_SIZE) int size) {
        return Api.slice(merger.duplicates(account), Api.page(page, size));
    }

    @PostMapping("/{id}/merge")
    @Operation(summary = "Merge another person into this one",
            description = "Their interactions, affiliations, connections and events move here; this person's own "
                    + "values are kept and differing ones are listed as conflicts; the other person is deleted.")
    MergeResult merge(@AuthenticationPrincipal AccountId account, @PathVariable String id,
                      @RequestBody MergeRequest body) {
        if (body.other() == null || body.other().isBlank()) {
            throw new InvalidInputException("other", "is required: the id of the person to merge into this one");
        }
        return merger.merge(account, id, body.other());
    }
}
