package app.kith.api;

import app.kith.conferences.ConferencePage;
import app.kith.conferences.ConferenceService;
import app.kith.conferences.Edition;
import app.kith.conferences.FollowUp;
import app.kith.conferences.Series;
import app.kith.shared.AccountId;
import app.kith.shared.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
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

/** {@code /api/v1/conferences}: yearly conference series, their editions, who goes and who you met. */
@RestController
@RequestMapping(Api.V1 + "/conferences")
@Tag(name = "conferences")
class ConferencesController {
    private final ConferenceService conferences;

    ConferencesController(ConferenceService conferences) {
        this.conferences = conferences;
    }

    @GetMapping
    @Operation(summary = "Every conference series, by name")
    List<Series> list(@AuthenticationPrincipal AccountId account) {
        return conferences.list(account);
    }

    @PostMapping
    @Operation(summary = "Add a conference series")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<Series> create(@AuthenticationPrincipal AccountId account, @RequestBody ConferenceRequest body) {
        Series created = conferences.create(account, body.changes());
        return Api.created("/conferences/" + created.id(), created);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A series' page: editions with who went, who is going this year, who to follow up with")
    ConferencePage get(@AuthenticationPrincipal AccountId account, @PathVariable String id) {
        return conferences.page(account, id);
    }

    @PatchMapping("/{id}")
    @Operation(summary = "Change a series: null or missing fields stay as they are")
    Series update(@AuthenticationPrincipal AccountId account, @PathVariable String id,
                  @RequestBody ConferenceRequest body) {
        return conferences.update(account, id, body.changes());
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a series with its editions and attendance")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@AuthenticationPrincipal AccountId account, @PathVariable String id) {
        conferences.delete(account, id);
    }

    @PostMapping("/{id}/editions")
    @Operation(summary = "Set a year's edition: dates and city (created if needed)")
    Edition edition(@AuthenticationPrincipal AccountId account, @PathVariable String id,
                    @RequestBody EditionRequest body) {
        conferences.series(account, id);
        return conferences.edition(account, id, year(body.year()), body.changes());
    }

    @PostMapping("/{id}/attendance")
    @Operation(summary = "Record who is going to or went to a year's edition (no people: you)")
    Edition attend(@AuthenticationPrincipal AccountId account, @PathVariable String id,
                   @RequestBody AttendanceRequest body) {
        conferences.series(account, id);
        return conferences.attend(account, id, year(body.year()), body.people(), body.status());
    }

    @PostMapping("/{id}/meetings")
    @Operation(summary = "Record that an interaction happened at a year's edition (met there)")
    Edition meeting(@AuthenticationPrincipal AccountId account, @PathVariable String id,
                    @RequestBody MeetingRequest body) {
        conferences.series(account, id);
        return conferences.metAt(account, id, year(body.year()), body.interactionId());
    }

    @GetMapping("/{id}/follow-ups")
    @Operation(summary = "People met at a year's edition not touched since it ended")
    List<FollowUp> followUps(@AuthenticationPrincipal AccountId account, @PathVariable String id,
                             @RequestParam(required = false) Integer year) {
        conferences.series(account, id);
        return conferences.followUps(account, id, year(year));
    }

    private static int year(Integer year) {
        if (year == null) {
            throw new InvalidInputException("year", "is required");
        }
        return year;
    }
}
