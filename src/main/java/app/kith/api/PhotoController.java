package app.kith.api;

import app.kith.people.PeopleService;
import app.kith.people.Photo;
import app.kith.shared.AccountId;
import app.kith.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/people/{id}/photo}: the photo an import brought in, served only as the image
 * type its bytes were checked to be, with {@code nosniff} so no browser takes it for anything else.
 */
@RestController
@RequestMapping(Api.V1 + "/people")
@Tag(name = "people")
class PhotoController {
    private final PeopleService people;

    PhotoController(PeopleService people) {
        this.people = people;
    }

    @GetMapping("/{id}/photo")
    @Operation(summary = "A person's photo (JPEG, PNG, GIF or WebP)")
    ResponseEntity<byte[]> photo(@AuthenticationPrincipal AccountId account, @PathVariable String id) {
        Photo photo = people.photo(account, id).orElseThrow(() -> new NotFoundException("photo of person", id));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(photo.contentType()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .cacheControl(CacheControl.noCache().cachePrivate())
                .body(photo.bytes());
    }
}
