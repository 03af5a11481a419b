package app.kith.web;

import app.kith.calendar.CalendarService;
import app.kith.calendar.Event;
import app.kith.calendar.EventKind;
import app.kith.calendar.Frequency;
import app.kith.calendar.InvitationDirection;
import app.kith.calendar.Rsvp;
import app.kith.people.PeopleService;
import app.kith.shared.AccountId;
import app.kith.shared.KithException;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * One event: its page, the form to record or change it, answering an invitation and congratulating
 * an achievement (which logs a touch that gave), all through {@link CalendarService} as the CLI and
 * the API do. Answering and congratulating from Today swap just the row when htmx asks.
 */
@Controller
class EventPage {
    static final List<String> KINDS = Arrays.stream(EventKind.values()).filter(EventKind::stored)
            .map(EventKind::wire).toList();

    private final CalendarService calendar;
    private final PeopleService people;
    private final Clock clock;

    EventPage(CalendarService calendar, PeopleService people, Clock clock) {
        this.calendar = calendar;
        this.people = people;
        this.clock = clock;
    }

    @GetMapping("/calendar/events/{id}")
    String show(@AuthenticationPrincipal AccountId account, @PathVariable String id, Model model) {
        model.addAttribute("nav", "calendar");
        model.addAttribute("event", calendar.get(account, id));
        model.addAttribute("zone", clock.getZone());
        model.addAttribute("answers", Choices.wires(Rsvp.class));
        return "calendar/event";
    }

    @GetMapping("/calendar/events/new")
    String addForm(@AuthenticationPrincipal AccountId account, @RequestParam(required = false) String kind,
                   @RequestParam(required = false) String date, @RequestParam(required = false) List<String> person,
                   Model model) {
        List<String> with = person == null ? List.of() : people.resolveAll(account, person);
        String day = date == null || date.isBlank() ? LocalDate.now(clock).toString() : date;
        return form(account, EventForm.blank(kind, day, with), null, null, model);
    }

    @PostMapping("/calendar/events")
    String add(@AuthenticationPrincipal AccountId account, EventForm form, Model model,
               HttpServletResponse response) {
        try {
            Event created = calendar.create(account, form.changes(clock.getZone(), true));
            return "redirect:/calendar?month=" + created.date().toString().substring(0, 7) + "&added=" + created.id();
        } catch (KithException e) {
            response.setStatus(400);
            return form(account, form, null, e.getMessage(), model);
        }
    }

    @GetMapping("/calendar/events/{id}/edit")
    String editForm(@AuthenticationPrincipal AccountId account, @PathVariable String id, Model model) {
        Event event = calendar.get(account, id);
        return form(account, EventForm.of(event, clock.getZone()), event.id(), null, model);
    }

    @PostMapping("/calendar/events/{id}")
    String edit(@AuthenticationPrincipal AccountId account, @PathVariable String id, EventForm form, Model model,
                HttpServletResponse response) {
        String eventId = calendar.get(account, id).id();
        try {
            calendar.update(account, eventId, form.changes(clock.getZone(), false));
            return "redirect:/calendar/events/" + eventId + "?saved";
        } catch (KithException e) {
            response.setStatus(400);
            return form(account, form, eventId, e.getMessage(), model);
        }
    }

    @PostMapping("/calendar/events/{id}/answer")
    String answer(@AuthenticationPrincipal AccountId account, @PathVariable String id,
                  @RequestParam(defaultValue = "") String rsvp,
                  @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        Event event = calendar.answer(account, id, rsvp);
        if (htmx == null) {
            return "redirect:/calendar/events/" + event.id() + "?answered";
        }
        model.addAttribute("done", "Answered " + event.rsvp().wire() + ": " + event.title() + ".");
        return "today :: done";
    }

    @PostMapping("/calendar/events/{id}/congratulate")
    String congratulate(@AuthenticationPrincipal AccountId account, @PathVariable String id,
                        @RequestParam(required = false) String note,
                        @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        Event event = calendar.get(account, id);
        calendar.congratulate(account, event.id(), null, note);
        if (htmx == null) {
            return "redirect:/calendar/events/" + event.id() + "?congratulated";
        }
        model.addAttribute("done", "Congratulated: " + event.title() + ". Logged as a touch that gave.");
        return "today :: done";
    }

    @PostMapping("/calendar/events/{id}/delete")
    String delete(@AuthenticationPrincipal AccountId account, @PathVariable String id) {
        Event event = calendar.get(account, id);
        calendar.delete(account, event.id());
        return "redirect:/calendar?month=" + event.date().toString().substring(0, 7) + "&deleted";
    }

    private String form(AccountId account, EventForm form, String id, String problem, Model model) {
        model.addAttribute("nav", "calendar");
        model.addAttribute("form", form);
        model.addAttribute("id", id);
        model.addAttribute("problem", problem);
        model.addAttribute("chosenPeople", people.names(account, form.people() == null ? List.of() : form.people()));
        model.addAttribute("chosenInviter", people.names(account,
                form.invitedBy() == null ? List.of() : form.invitedBy()));
        model.addAttribute("eventKinds", KINDS);
        model.addAttribute("frequencies", Choices.wires(Frequency.class));
        model.addAttribute("answers", Choices.wires(Rsvp.class));
        model.addAttribute("invitations", Choices.wires(InvitationDirection.class));
        return "calendar/form";
    }
}
