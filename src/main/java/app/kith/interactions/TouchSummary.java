package app.kith.interactions;

import java.time.LocalDate;

/**
 * What a person's interactions add up to on a given day. A "real touch" is any interaction whose
 * direction is not {@code asked}: keeping in touch means reaching out without needing something.
 *
 * @param lastTouch        the latest real touch on or before the day, or null
 * @param lastInteraction  the latest interaction of any direction on or before the day, or null
 * @param gave             touches you gave, in the 12 months up to the day (also received, mutual,
 *                         asked, neutral)
 * @param touchesThisYear  real touches in the 365 days up to the day
 * @param touchesLastYear  real touches in the 365 days before those
 */
public record TouchSummary(String personId, LocalDate lastTouch, LocalDate lastInteraction, int gave, int received,
                           int mutual, int asked, int neutral, int touchesThisYear, int touchesLastYear) {

    public static TouchSummary none(String personId) {
        return new TouchSummary(personId, null, null, 0, 0, 0, 0, 0, 0, 0);
    }

    /** Every touch of the last 12 months, asks included. */
    public int total() {
        return gave + received + mutual + asked + neutral;
    }
}
