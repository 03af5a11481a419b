package app.kith.api;

import app.kith.shared.AccountId;
import app.kith.shared.Page;
import app.kith.sources.Source;
import app.kith.sources.SourceChanges;
import app.kith.sources.SourceService;
import app.kith.sources.SyncProgress;
import app.kith.sources.SyncReport;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
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

/**
 * {@code /api/v1/sources}: where touches are captured from (mailboxes over IMAP, calendars by their
 * iCalendar address). The password and a calendar's url are write-only: they go in with a POST or
 * PATCH and no answer ever holds them.
 */
@RestController
@RequestMapping(Api.V1 + "/sources")
@Tag(name = "sources")
class SourcesController {
    private final SourceService sources;

    SourcesController(SourceService sources) {
        this.sources = sources;
    }

    /** What a removal did. */
    record Removed(int interactionsDeleted) {
    }

    @GetMapping
    @Operation(summary = "List the account's sources, oldest first (never their passwords)")
    Page<Source> list(@AuthenticationPrincipal AccountId account,
                      @RequestParam(defaultValue = "0") int page,
                      @RequestParam(defaultValue = Api.DEFAULT_SIZE) int size) {
        return Api.slice(sources.list(account), Api.page(page, size));
    }

    @PostMapping
    @Operation(summary = "Add a source; its first sync is due at once",
            description = "kind imap; host, user and password are required; port (993), tls ssl|starttls|none (ssl), "
                    + "folders (INBOX and the Sent folder), startDate YYYY-MM-DD (a year ago), subjects (false), "
                    + "mode mailbox|forward (mailbox), name, paused. The password is never shown again. "
                    + "kind ics: url (http, https or webcal) is required; startDate (a year ago), subjects (keep "
                    + "events' titles, false), name (its host), paused. The url is never shown again, only its host.")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<Source> create(@AuthenticationPrincipal AccountId account, @RequestBody SourceChanges body) {
        Source created = sources.create(account, body);
        return Api.created("/sources/" + created.id(), created);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One source, with its status and last error (never its password)")
    Source get(@AuthenticationPrincipal AccountId account, @PathVariable String id) {
        return sources.get(account, id);
    }

    @PatchMapping("/{id}")
    @Operation(summary = "Change a source: missing fields stay as they are; a password given replaces the one kept; "
            + "paused true or false pauses or resumes it")
    Source update(@AuthenticationPrincipal AccountId account, @PathVariable String id,
                  @RequestBody SourceChanges body) {
        return sources.update(account, id, body);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Remove a source; with deleteCaptured=true every interaction it captured goes too")
    Removed remove(@AuthenticationPrincipal AccountId account, @PathVariable String id,
                   @RequestParam(defaultValue = "false") boolean deleteCaptured) {
        return new Removed(sources.remove(account, id, deleteCaptured));
    }

    @PostMapping("/{id}/sync")
    @Operation(summary = "Sync a source now and answer what it did; a failure is in error (409 while a sync runs)")
    SyncReport sync(@AuthenticationPrincipal AccountId account, @PathVariable String id) {
        return sources.sync(account, id, SyncProgress.NONE);
    }
}
