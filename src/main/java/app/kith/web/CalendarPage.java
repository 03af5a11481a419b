package app.kith.web;

import app.kith.calendar.CalendarEntry;
import app.kith.calendar.CalendarService;
import app.kith.shared.AccountId;
import app.kith.shared.InvalidInputException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The relationship calendar: a month as a grid (a list of days on a phone) and the agenda of the
 * coming weeks, with birthdays and conference editions, read through {@link CalendarService} as
 * {@code kith events list} and {@code GET /api/v1/events} read it.
 */
@Controller
class CalendarPage {
    static final int AGENDA_DAYS = 30;

    private final CalendarService calendar;
    private final Clock clock;

    CalendarPage(CalendarService calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    @GetMapping("/calendar")
    String month(@AuthenticationPrincipal AccountId account, @RequestParam(required = false) String month,
                 Model model) {
        LocalDate today = LocalDate.now(clock);
        YearMonth shown = month == null || month.isBlank() ? YearMonth.from(today) : month(month);
        List<CalendarEntry> entries = calendar.between(account, MonthGrid.first(shown), MonthGrid.last(shown));
        model.addAttribute("nav", "calendar");
        model.addAttribute("view", "month");
        model.addAttribute("grid", MonthGrid.of(shown, entries, today));
        model.addAttribute("count", entries.size());
        model.addAttribute("previous", shown.minusMonths(1));
        model.addAttribute("next", shown.plusMonths(1));
        model.addAttribute("zone", clock.getZone());
        return "calendar/month";
    }

    @GetMapping("/calendar/agenda")
    String agenda(@AuthenticationPrincipal AccountId account, @RequestParam(required = false)
                  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                  Model model) {
        LocalDate start = from == null ? LocalDate.now(clock) : from;
        Map<LocalDate, List<CalendarEntry>> days = calendar.between(account, start, start.plusDays(AGENDA_DAYS - 1))
                .stream().collect(Collectors.groupingBy(CalendarEntry::date, TreeMap::new, Collectors.toList()));
        model.addAttribute("nav", "calendar");
        model.addAttribute("view", "agenda");
        model.addAttribute("from", start);
        model.addAttribute("days", days);
        model.addAttribute("earlier", start.minusDays(AGENDA_DAYS));
        model.addAttribute("later", start.plusDays(AGENDA_DAYS));
        model.addAttribute("zone", clock.getZone());
        return "calendar/agenda";
    }

    private static YearMonth month(String text) {
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeException e) {
            throw new InvalidInputException("month", "'" + text + "' is not a month (YYYY-MM)");
        }
    }
}
