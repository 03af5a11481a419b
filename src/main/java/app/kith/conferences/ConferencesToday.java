package app.kith.conferences;

import app.kith.insights.TodayContribution;
import app.kith.insights.TodayDigest;
import app.kith.insights.Upcoming;
import app.kith.shared.AccountId;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Conferences in Today: editions starting in the next {@value #LEAD_DAYS} days with who is going
 * (also under upcoming), and series you attend whose registration reminder is due and for which
 * you are not yet going this year.
 */
@Component
@Order(600)
class ConferencesToday implements TodayContribution {
    static final int LEAD_DAYS = 30;

    private final ConferenceService conferences;

    ConferencesToday(ConferenceService conferences) {
        this.conferences = conferences;
    }

    @Override
    public void contribute(AccountId account, TodayDigest digest) {
        LocalDate day = digest.date();
        for (Edition e : conferences.editionsBetween(account, day, day.plusDays(LEAD_DAYS))) {
            boolean youAreGoing = e.attendees().stream().anyMatch(Attendee::self);
            digest.section("conferences", new ConferenceDue("coming-up", e.seriesId(), e.id(), e.title(),
                    e.startsOn(), e.city(), youAreGoing, e.attendees().stream().filter(a -> !a.self()).toList()));
            if (!e.startsOn().isBefore(day)) {
                digest.upcoming(new Upcoming("conference", e.startsOn(),
                        (int) ChronoUnit.DAYS.between(day, e.startsOn()), null, e.title(), null));
            }
        }
        for (RegistrationReminder r : conferences.registrationReminders(account)) {
            LocalDate due = r.firstDay().withYear(day.getYear());
            LocalDate usual = due.plusMonths(2);
            if (!day.isBefore(due) && day.isBefore(usual)
                    && !conferences.attending(account, r.seriesId(), usual.getYear())) {
                digest.section("conferences", new ConferenceDue("register", r.seriesId(), null,
                        "Register for " + r.seriesName() + " " + usual.getYear(), due, null, false, List.of()));
            }
        }
    }
}
