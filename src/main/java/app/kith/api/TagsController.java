package app.kith.api;

import app.kith.people.Tag;
import app.kith.people.TagService;
import app.kith.shared.AccountId;
import app.kith.shared.Page;
import io.swagger.v3.oas.annotations.Operation;
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

/** {@code /api/v1/tags}: tags with how many people carry each; tagging people in bulk. */
@RestController
@RequestMapping(Api.V1 + "/tags")
@io.swagger.v3.oas.annotations.tags.Tag(name = "tags")
class TagsController {
    private final TagService tags;

    TagsController(TagService tags) {
        this.tags = tags;
    }

    @GetMapping
    @Operation(summary = "List tags by name, each with how many people carry it")
    Page<Tag> list(@AuthenticationPrincipal AccountId account,
                   @RequestParam(defaultValue = "0") int page,
                   @RequestParam(defaultValue = Api.DEFAULT_SIZE) int size) {
        return Api.slice(tags.all(account), Api.page(page, size));
    }

    @PostMapping
    @Operation(summary = "Create a tag (the existing one is returned when the name is taken)")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<Tag> create(@AuthenticationPrincipal AccountId account, @RequestBody TagRequest body) {
        Tag created = tags.create(account, body.requiredName());
        return Api.created("/tags/" + created.id(), created);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One tag")
    Tag get(@AuthenticationPrincipal AccountId account, @PathVariable String id) {
        return tags.get(account, id);
    }

    @PatchMapping("/{id}")
    @Operation(summary = "Rename a tag")
    Tag rename(@AuthenticationPrincipal AccountId account, @PathVariable String id, @RequestBody TagRequest body) {
        return body.name() == null ? tags.get(account, id) : tags.rename(account, id, body.requiredName());
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a tag, removing it from everyone who carries it")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@AuthenticationPrincipal AccountId account, @PathVariable String id) {
        tags.delete(account, id);
    }

    @PostMapping("/{id}/people")
    @Operation(summary = "Add the tag to each of these people")
    Tag tagPeople(@AuthenticationPrincipal AccountId account, @PathVariable String id,
                  @RequestBody TagPeopleRequest body) {
        Tag tag = tags.get(account, id);
        tags.tagAll(account, body.requiredPeople(), tag.name());
        return tags.get(account, id);
    }
}
