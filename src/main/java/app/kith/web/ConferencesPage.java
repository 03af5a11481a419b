package app.kith.web;

import app.kith.conferences.AttendanceStatus;
import app.kith.conferences.ConferencePage;
import app.kith.conferences.ConferenceService;
import app.kith.conferences.EditionChanges;
import app.kith.conferences.Series;
import app.kith.conferences.SeriesChanges;
import app.kith.shared.AccountId;
import app.kith.shared.ConflictException;
import app.kith.shared.InvalidInputException;
import app.kith.shared.KithException;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Conferences you go to every year: the series, and for one series its editions, who is going this
 * year, and who you met at past editions and have not touched since. Through
 * {@link ConferenceService}, as {@code kith conference} and the API.
 */
@Controller
class ConferencesPage {
    private final ConferenceService conferences;
    private final Clock clock;

    ConferencesPage(ConferenceService conferences, Clock clock) {
        this.conferences = conferences;
        this.clock = clock;
    }

    /** A new series as the form sends it. */
    record SeriesForm(String name, String organizer, Integer usualMonth, String website) {
        SeriesChanges changes() {
            return new SeriesChanges(name, organizer, usualMonth, website);
        }
    }

    /** A year's edition: its dates and city. */
    record EditionForm(Integer year, String startsOn, String endsOn, String city) {
    }

    /**
     * Who goes to a year's edition: you ({@code self} true) or the people ticked; {@code going}
     * or {@code went}, or empty for the usual by year.
     */
    record AttendanceForm(Integer year, Boolean self, List<String> people, String status) {
    }

    @GetMapping("/conferences")
    String list(@AuthenticationPrincipal AccountId account, Model model) {
        return list(account, new SeriesForm("", "", null, ""), null, model);
    }

    @PostMapping("/conferences")
    String add(@AuthenticationPrincipal AccountId account, SeriesForm form, Model model,
               HttpServletResponse response) {
        try {
            Series series = conferences.create(account, form.changes());
            return "redirect:/conferences/" + series.id();
        } catch (KithException e) {
            response.setStatus(e instanceof ConflictException ? 409 : 400);
            return list(account, form, e.getMessage(), model);
        }
    }

    @GetMapping("/conferences/{id}")
    String show(@AuthenticationPrincipal AccountId account, @PathVariable String id, Model model) {
        ConferencePage page = conferences.page(account, id);
        model.addAttribute("nav", "conferences");
        model.addAttribute("page", page);
        String website = page.series().website();
        model.addAttribute("website", website == null ? null : ContactLink.web(website));
        model.addAttribute("thisYear", LocalDate.now(clock).getYear());
        model.addAttribute("statuses", Choices.wires(AttendanceStatus.class));
        model.addAttribute("chosen", Map.of());
        return "conferences/show";
    }

    @PostMapping("/conferences/{id}/editions")
    String edition(@AuthenticationPrincipal AccountId account, @PathVariable String id, EditionForm form) {
        String seriesId = conferences.series(account, id).id();
        conferences.edition(account, seriesId, year(form.year()),
                new EditionChanges(form.startsOn(), form.endsOn(), form.city()));
        return "redirect:/conferences/" + seriesId + "?saved#editions";
    }

    @PostMapping("/conferences/{id}/attend")
    String attend(@AuthenticationPrincipal AccountId account, @PathVariable String id, AttendanceForm form) {
        String seriesId = conferences.series(account, id).id();
        boolean self = Boolean.TRUE.equals(form.self());
        List<String> who = form.people() == null ? List.of() : form.people();
        if (!self && who.isEmpty()) {
            throw new InvalidInputException("people", "tick at least one person who goes");
        }
        conferences.attend(account, seriesId, year(form.year()), self ? List.of() : who, form.status());
        return "redirect:/conferences/" + seriesId + "?attending#editions";
    }

    private static int year(Integer year) {
        if (year == null) {
            throw new InvalidInputException("year", "is required");
        }
        return year;
    }

    private String list(AccountId account, SeriesForm form, String problem, Model model) {
        model.addAttribute("nav", "conferences");
        model.addAttribute("series", conferences.list(account));
        model.addAttribute("form", form);
        model.addAttribute("problem", problem);
        return "conferences/list";
    }
}
