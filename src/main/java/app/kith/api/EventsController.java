package app.kith.api;

import app.kith.calendar.CalendarService;
import app.kith.calendar.CalendarSlice;
import app.kith.calendar.Event;
import app.kith.interactions.Interaction;
import app.kith.shared.AccountId;
import app.kith.shared.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/** {@code /api/v1/events}: the relationship calendar (SPEC §1.5). */
@RestController
@Tag(name = "calendar")
class EventsController {
    private final CalendarService calendar;
    private final Clock clock;

    EventsController(CalendarService calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    @GetMapping(Api.V1 + "/events")
    @Operation(summary = "A page of the calendar for a month (month=YYYY-MM, default this month) or a range (from, to,"
            + " inclusive)",
            description = "Stored events (repeating ones once per day they occur), birthdays and conference editions,"
                    + " ordered by day, start time (all-day first) and id: at most `limit` (default "
                    + CalendarService.DEFAULT_LIMIT + ", at most " + CalendarService.MAX_LIMIT + "). When there are"
                    + " more, `next` holds a cursor and the Link header (rel=\"next\") the address of the next page;"
                    + " pass the cursor back as `cursor` with the same range.")
    ResponseEntity<CalendarRange> list(@AuthenticationPrincipal AccountId account,
                                       @RequestParam(required = false) String month,
                                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                       LocalDate from,
                                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                       LocalDate to,
                                       @RequestParam(required = false) Integer limit,
                                       @RequestParam(required = false) String cursor) {
        if (from == null && to == null) {
            YearMonth m = month == null ? YearMonth.now(clock) : month(month);
            from = m.atDay(1);
            to = m.atEndOfMonth();
        } else if (from == null || to == null) {
            throw new InvalidInputException(from == null ? "from" : "to", "give both from and to, or a month");
        }
        int size = limit == null ? CalendarService.DEFAULT_LIMIT : limit;
        CalendarSlice page = calendar.page(account, from, to, cursor, size);
        ResponseEntity.BodyBuilder ok = ResponseEntity.ok();
        if (page.next() != null) {
            // Relative (RFC 8288 resolves it against the request), as every address Kith gives without KITH_BASE_URL.
            String next = UriComponentsBuilder.fromPath(Api.V1 + "/events").queryParam("from", from)
                    .queryParam("to", to).queryParam("limit", size).queryParam("cursor", page.next())
                    .build().encode().toUriString();
            ok.header(HttpHeaders.LINK, "<" + next + ">; rel=\"next\"");
        }
        return ok.body(new CalendarRange(from, to, page.items(), page.next()));
    }

    @PostMapping(Api.V1 + "/events")
    @Operation(summary = "Record an event")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<Event> create(@AuthenticationPrincipal AccountId account, @RequestBody EventRequest body) {
        Event created = calendar.create(account, body.changes());
        return Api.created("/events/" + created.id(), created);
    }

    @GetMapping(Api.V1 + "/events/{id}")
    @Operation(summary = "One event")
    Event get(@AuthenticationPrincipal AccountId account, @PathVariable String id) {
        return calendar.get(account, id);
    }

    @PatchMapping(Api.V1 + "/events/{id}")
    @Operation(summary = "Change an event: null or missing fields stay as they are")
    Event update(@AuthenticationPrincipal AccountId account, @PathVariable String id, @RequestBody EventRequest body) {
        return calendar.update(account, id, body.changes());
    }

    @DeleteMapping(Api.V1 + "/events/{id}")
    @Operation(summary = "Delete an event")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@AuthenticationPrincipal AccountId account, @PathVariable String id) {
        calendar.delete(account, id);
    }

    @PostMapping(Api.V1 + "/events/{id}/answer")
    @Operation(summary = "Answer an invitation: accepted, declined, tentative (or back to needs-answer)")
    Event answer(@AuthenticationPrincipal AccountId account, @PathVariable String id, @RequestBody AnswerRequest body) {
        return calendar.answer(account, id, body.rsvp());
    }

    @PostMapping(Api.V1 + "/events/{id}/congratulate")
    @Operation(summary = "Congratulate an achievement: logs a touch that gave with its people, today")
    @ResponseStatus(HttpStatus.CREATED)
    Interaction congratulate(@AuthenticationPrincipal AccountId account, @PathVariable String id,
                             @RequestBody(required = false) CongratulateRequest body) {
        return calendar.congratulate(account, id, body == null ? null : body.kind(), body == null ? null : body.note());
    }

    @GetMapping(Api.V1 + "/people/{id}/events")
    @Operation(summary = "The events a person is linked to, newest first")
    List<Event> ofPerson(@AuthenticationPrincipal AccountId account, @PathVariable String id) {
        return calendar.eventsOf(account, id);
    }

    private static YearMonth month(String text) {
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeException e) {
            throw new InvalidInputException("month", "'" + text + "' is not a month (YYYY-MM)");
        }
    }
}
