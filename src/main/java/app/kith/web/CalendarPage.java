package app.kith.web;

import app.kith.calendar.CalendarDay;
import app.kith.calendar.CalendarEntry;
import app.kith.calendar.CalendarService;
import app.kith.calendar.CalendarSlice;
import app.kith.shared.AccountId;
import app.kith.shared.InvalidInputException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The relationship calendar: a month as a grid (a list of days on a phone), the agenda of the coming
 * weeks and one day's full list, with birthdays and conference editions, read through
 * {@link CalendarService} as {@code kith events list} and {@code GET /api/v1/events} read it. However
 * full the calendar, a page shows a bounded number of entries: a day in the grid its first
 * {@value #GRID_PER_DAY}, in the agenda its first {@value #AGENDA_PER_DAY}, each with a link to the
 * rest on the day's page, {@value #DAY_PAGE} at a time.
 */
@Controller
class CalendarPage {
    static final int AGENDA_DAYS = 30;
    /** What a grid cell holds on a desktop without growing taller than its neighbours. */
    static final int GRID_PER_DAY = 4;
    /** An agenda day's list: enough for a busy day, short enough to see the next days. */
    static final int AGENDA_PER_DAY = 10;
    static final int DAY_PAGE = 100;

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
        List<CalendarDay> days = calendar.days(account, MonthGrid.first(shown), MonthGrid.last(shown), GRID_PER_DAY);
        model.addAttribute("nav", "calendar");
        model.addAttribute("view", "month");
        model.addAttribute("grid", MonthGrid.of(shown, days, today));
        model.addAttribute("count", days.size());
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
        LocalDate end = start.plusDays(AGENDA_DAYS - 1);
        // What began before the first day and still goes on: the first of it, and whether there is more.
        List<CalendarEntry> underWay = calendar.page(account, start, end, null, AGENDA_PER_DAY + 1).items().stream()
                .filter(e -> e.date().isBefore(start)).toList();
        model.addAttribute("nav", "calendar");
        model.addAttribute("view", "agenda");
        model.addAttribute("from", start);
        model.addAttribute("days", calendar.days(account, start, end, AGENDA_PER_DAY));
        model.addAttribute("underWay", underWay.subList(0, Math.min(AGENDA_PER_DAY, underWay.size())));
        model.addAttribute("moreUnderWay", underWay.size() > AGENDA_PER_DAY);
        model.addAttribute("earlier", start.minusDays(AGENDA_DAYS));
        model.addAttribute("later", start.plusDays(AGENDA_DAYS));
        model.addAttribute("zone", clock.getZone());
        return "calendar/agenda";
    }

    /** Everything on one day, including what began earlier and still goes on, a page at a time. */
    @GetMapping("/calendar/day")
    String day(@AuthenticationPrincipal AccountId account, @RequestParam(required = false)
               @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
               @RequestParam(required = false) String cursor, Model model) {
        LocalDate day = date == null ? LocalDate.now(clock) : date;
        CalendarSlice slice = calendar.page(account, day, day, cursor, DAY_PAGE);
        model.addAttribute("nav", "calendar");
        model.addAttribute("view", "day");
        model.addAttribute("day", day);
        model.addAttribute("entries", slice.items());
        model.addAttribute("nextPage", slice.next());
        model.addAttribute("continued", cursor != null && !cursor.isBlank());
        model.addAttribute("zone", clock.getZone());
        return "calendar/day";
    }

    private static YearMonth month(String text) {
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeException e) {
            throw new InvalidInputException("month", "'" + text + "' is not a month (YYYY-MM)");
        }
    }
}
