package app.kith.calendar;

import app.kith.insights.PersonRef;
import app.kith.insights.TodayContribution;
import app.kith.insights.TodayDigest;
import app.kith.insights.Upcoming;
import app.kith.shared.AccountId;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The calendar in Today: invitations received that need an answer ({@code invitations}),
 * achievements of the last {@value #ACHIEVEMENT_DAYS} days not yet congratulated
 * ({@code achievements}), and under upcoming the dinners, accepted invitations, anniversaries and
 * reminders of the next {@value #UPCOMING_DAYS} days (the first {@value #UPCOMING_READ} of them: a week of
 * thousands of daily reminders is not read whole).
 */
@Component
@Order(500)
class CalendarToday implements TodayContribution {
    static final int ACHIEVEMENT_DAYS = 30;
    static final int UPCOMING_DAYS = 7;
    /** Stored events read for upcoming, soonest first: Today lists 20, and counts the rest up to this. */
    static final int UPCOMING_READ = 500;

    private final CalendarService calendar;

    CalendarToday(CalendarService calendar) {
        this.calendar = calendar;
    }

    @Override
    public void contribute(AccountId account, TodayDigest digest) {
        LocalDate day = digest.date();
        calendar.invitationsToAnswer(account, day).stream()
                .filter(e -> e.invitation() == InvitationDirection.RECEIVED)
                .forEach(e -> digest.section("invitations", e));
        calendar.achievementsToCongratulate(account, day, ACHIEVEMENT_DAYS)
                .forEach(e -> digest.section("achievements", e));
        for (CalendarEntry entry : calendar.stored(account, day, day.plusDays(UPCOMING_DAYS), UPCOMING_READ)) {
            if (entry.kind() == EventKind.ACHIEVEMENT || entry.rsvp() == Rsvp.DECLINED
                    || entry.rsvp() == Rsvp.NEEDS_ANSWER || entry.date().isBefore(day)) {
                continue;
            }
            PersonRef person = entry.people().isEmpty() ? null
                    : new PersonRef(entry.people().getFirst().id(), entry.people().getFirst().name());
            digest.upcoming(new Upcoming(entry.kind().wire(), entry.date(),
                    (int) ChronoUnit.DAYS.between(day, entry.date()), person, entry.title(), null));
        }
    }
}
