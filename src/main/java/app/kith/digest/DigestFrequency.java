package app.kith.digest;

import app.kith.shared.Choice;
import java.time.DayOfWeek;
import java.time.LocalDate;

/** Which days a digest goes out on: every day, Monday to Friday, or one day a week. */
public enum DigestFrequency implements Choice {
    DAILY, WEEKDAYS, WEEKLY;

    boolean includes(LocalDate day, DayOfWeek weeklyOn) {
        return switch (this) {
            case DAILY -> true;
            case WEEKDAYS -> day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
            case WEEKLY -> day.getDayOfWeek() == weeklyOn;
        };
    }
}
