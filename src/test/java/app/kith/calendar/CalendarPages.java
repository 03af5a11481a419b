package app.kith.calendar;

import app.kith.shared.AccountId;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** Whole ranges of the calendar for tests, read as clients do: page after page, following each next cursor. */
final class CalendarPages {
    private CalendarPages() {
    }

    static List<CalendarEntry> all(CalendarService calendar, AccountId account, LocalDate from, LocalDate to) {
        return all(calendar, account, from, to, CalendarService.MAX_LIMIT);
    }

    static List<CalendarEntry> all(CalendarService calendar, AccountId account, LocalDate from, LocalDate to,
                                   int pageSize) {
        List<CalendarEntry> entries = new ArrayList<>();
        String cursor = null;
        do {
            CalendarSlice page = calendar.page(account, from, to, cursor, pageSize);
            entries.addAll(page.items());
            cursor = page.next();
        } while (cursor != null);
        return entries;
    }

    static List<CalendarEntry> month(CalendarService calendar, AccountId account, YearMonth month) {
        return all(calendar, account, month.atDay(1), month.atEndOfMonth());
    }
}
