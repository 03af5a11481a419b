package app.kith.digest;

import app.kith.insights.Today;
import app.kith.insights.TodayService;
import app.kith.insights.Upcoming;
import app.kith.shared.AccountId;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Makes a day's digest from Today ({@link TodayService}), which owns every rule of what is due: this
 * only chooses what a mailbox shows and counts the rest.
 */
@Component
class DigestContents {
    static final int REACH_OUT = 5;
    static final int DAYS_AHEAD = 7;
    private static final List<String> SECTIONS = List.of("achievements", "invitations", "conferences");

    private final TodayService today;

    DigestContents(TodayService today) {
        this.today = today;
    }

    DigestContent of(AccountId account, LocalDate date) {
        Today t = today.today(account, date, REACH_OUT);
        List<Upcoming> thisWeek = t.upcoming().stream().filter(u -> u.inDays() >= 0 && u.inDays() <= DAYS_AHEAD)
                .toList();
        int more = t.prepMore() + t.noteCardsMore() + t.bridgesMore()
                + SECTIONS.stream().mapToInt(s -> t.sectionsMore().getOrDefault(s, 0)).sum();
        return new DigestContent(t.date(), t.prep(), t.reachOut(), t.reachOutMore(),
                thisWeek.stream().filter(u -> u.kind().equals("birthday")).toList(),
                section(t, "achievements"), section(t, "invitations"), t.noteCards(), section(t, "conferences"),
                t.bridges(),
                // Conferences have their own section, with who is going.
                thisWeek.stream().filter(u -> !u.kind().equals("birthday") && !u.kind().equals("conference")).toList(),
                more);
    }

    private static List<Object> section(Today t, String name) {
        Map<String, List<Object>> sections = t.sections();
        return sections.getOrDefault(name, List.of());
    }
}
