package app.kith.api;

import app.kith.calendar.CalendarFeed;
import app.kith.calendar.IcsImport;
import app.kith.calendar.IcsImportResult;
import app.kith.shared.AccountId;
import app.kith.shared.BaseUrl;
import app.kith.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The calendar as iCalendar: the subscription feed {@code GET /calendar/{secret}.ics} (outside the
 * API: calendar apps cannot send a bearer token, so the secret in the address is the credential),
 * its secret's settings, and the iCalendar export and import of the API.
 */
@RestController
@Tag(name = "calendar")
class CalendarFeedController {
    static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final CalendarFeed feed;
    private final IcsImport imports;
    private final BaseUrl baseUrl;

    CalendarFeedController(CalendarFeed feed, IcsImport imports, BaseUrl baseUrl) {
        this.feed = feed;
        this.imports = imports;
        this.baseUrl = baseUrl;
    }

    /** The feed's state: whether it is on and since when (the secret itself is shown only when made). */
    record FeedState(boolean enabled, Instant since) {
    }

    /** A new feed address, shown once. */
    record NewFeed(String url, Instant since) {
    }

    @GetMapping("/calendar/{secret}.ics")
    @Operation(summary = "The calendar feed (RFC 5545) of the account whose secret this is", hidden = true)
    void calendar(@PathVariable String secret, HttpServletResponse response) throws IOException {
        AccountId account = feed.account(secret).orElseThrow(() -> new NotFoundException("calendar feed", "this"));
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
        stream(account, response);
    }

    /**
     * Writes the calendar straight to the response as it is read, on the request's own thread: the
     * security chains then see one ordinary request, not an async dispatch after the body started.
     */
    private void stream(AccountId account, HttpServletResponse response) throws IOException {
        response.setContentType(CALENDAR.toString());
        feed.write(account, response.getOutputStream());
        response.flushBuffer();
    }

    @GetMapping(Api.V1 + "/settings/calendar-feed")
    @Operation(summary = "Whether the calendar feed is on, and since when")
    FeedState state(@AuthenticationPrincipal AccountId account) {
        Instant since = feed.since(account).orElse(null);
        return new FeedState(since != null, since);
    }

    @PostMapping(Api.V1 + "/settings/calendar-feed")
    @Operation(summary = "Make a new feed address (shown once); the previous one stops working at once")
    @ResponseStatus(HttpStatus.CREATED)
    NewFeed rotate(@AuthenticationPrincipal AccountId account) {
        String secret = feed.rotate(account);
        String url = baseUrl.of("/calendar/" + secret + ".ics");
        return new NewFeed(url, feed.since(account).orElse(null));
    }

    @DeleteMapping(Api.V1 + "/settings/calendar-feed")
    @Operation(summary = "Turn the calendar feed off")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@AuthenticationPrincipal AccountId account) {
        feed.revoke(account);
    }

    @GetMapping(Api.V1 + "/export/ics")
    @Operation(summary = "The whole calendar as one iCalendar file")
    void export(@AuthenticationPrincipal AccountId account, HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"kith.ics\"");
        stream(account, response);
    }

    @PostMapping(Api.V1 + "/import/ics")
    @Operation(summary = "Import events and invitations (iTIP METHOD:REQUEST) from an iCalendar body; all or nothing",
            description = "A malformed file writes nothing: 400 with FILE:LINE: reason. dryRun=true only counts.")
    IcsImportResult importIcs(@AuthenticationPrincipal AccountId account, HttpServletRequest request,
                              @RequestParam(defaultValue = "false") boolean dryRun) throws IOException {
        return imports.importFile(account, "upload.ics",
                new InputStreamReader(request.getInputStream(), StandardCharsets.UTF_8), dryRun);
    }
}
