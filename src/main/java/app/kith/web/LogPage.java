package app.kith.web;

import app.kith.directory.DirectoryFilter;
import app.kith.directory.DirectoryService;
import app.kith.interactions.InteractionChanges;
import app.kith.interactions.InteractionService;
import app.kith.people.PeopleService;
import app.kith.shared.AccountId;
import app.kith.shared.KithException;
import app.kith.shared.Page;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Quick log: record a touch from anywhere (the nav, a Today row, a person page, the L key), through
 * the same {@link InteractionService#log} as {@code kith log} and the API.
 */
@Controller
class LogPage {
    static final int CANDIDATES = 8;
    /** The form fields a people picker may fill: quick-log participants, an event's people and inviter, a card's person. */
    static final Set<String> PICKER_FIELDS = Set.of("participants", "people", "invitedBy", "personId");

    private final InteractionService interactions;
    private final DirectoryService directory;
    private final PeopleService people;
    private final Clock clock;

    LogPage(InteractionService interactions, DirectoryService directory, PeopleService people, Clock clock) {
        this.interactions = interactions;
        this.directory = directory;
        this.people = people;
        this.clock = clock;
    }

    /** What the quick-log form sends. */
    record LogForm(List<String> participants, String kind, String direction, String date, String note) {
        /** A new touch today with these people (resolved ids), the usual kind and direction, and this note. */
        static LogForm today(List<String> participants, Clock clock, String note) {
            return new LogForm(participants, "coffee", "neutral", LocalDate.now(clock).toString(), note);
        }

        InteractionChanges changes() {
            return new InteractionChanges(participants == null ? List.of() : participants, kind, direction,
                    date == null || date.isBlank() ? null : date, note);
        }
    }

    @GetMapping("/log")
    String form(@AuthenticationPrincipal AccountId account, @RequestParam(required = false) List<String> person,
                Model model) {
        List<String> ids = person == null ? List.of() : people.resolveAll(account, person);
        return page(account, LogForm.today(ids, clock, ""), null, model);
    }

    /**
     * Search-as-you-type for a people picker: a few matching people as checkboxes named for the
     * form field they fill (quick-log participants unless another picker field is named).
     */
    @GetMapping("/log/people")
    String candidates(@AuthenticationPrincipal AccountId account, @RequestParam(defaultValue = "") String q,
                      @RequestParam(defaultValue = "participants") String field, Model model) {
        model.addAttribute("field", PICKER_FIELDS.contains(field) ? field : "participants");
        model.addAttribute("candidates", q.isBlank() ? List.of()
                : directory.list(account, new DirectoryFilter(q, null, null, null, null, null),
                        Page.Request.of(0, CANDIDATES)).items());
        return "log :: candidates";
    }

    @PostMapping("/log")
    String log(@AuthenticationPrincipal AccountId account, LogForm form, Model model, HttpServletResponse response) {
        try {
            interactions.log(account, form.changes());
        } catch (KithException e) {
            response.setStatus(400);
            return page(account, form, e.getMessage(), model);
        }
        List<String> who = form.changes().participants();
        return who.size() == 1 ? "redirect:/people/" + who.getFirst() + "?logged" : "redirect:/?logged";
    }

    /**
     * A digest's "Log a touch" link: a page that asks first, since opening a link (or a mail scanner
     * following it) must change nothing. Its button posts to {@link #touch}.
     */
    @GetMapping("/log/touch/{personId}")
    String confirmTouch(@AuthenticationPrincipal AccountId account, @PathVariable String personId, Model model) {
        String id = people.get(account, personId).id();
        model.addAttribute("nav", "log");
        model.addAttribute("personId", id);
        model.addAttribute("name", people.names(account, List.of(id)).get(id));
        return "log-touch";
    }

    /** One click on a Today row: a giving message to that person, today. */
    @PostMapping("/log/touch/{personId}")
    String touch(@AuthenticationPrincipal AccountId account, @PathVariable String personId,
                 @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        String id = people.get(account, personId).id();
        interactions.log(account, new InteractionChanges(List.of(id), "message", "gave", null, null));
        if (htmx == null) {
            return "redirect:/?logged";
        }
        model.addAttribute("name", people.names(account, List.of(id)).get(id));
        return "today :: touched";
    }

    private String page(AccountId account, LogForm form, String problem, Model model) {
        return page(form, people.names(account, form.changes().participants()), problem, model);
    }

    /** The quick-log form with the chosen people's names, as first shown, shown again, or prefilled by a share. */
    static String page(LogForm form, Map<String, String> names, String problem, Model model) {
        model.addAttribute("nav", "log");
        model.addAttribute("form", form);
        model.addAttribute("chosen", names);
        model.addAttribute("problem", problem);
        model.addAllAttributes(Choices.ALL);
        return "log";
    }
}
