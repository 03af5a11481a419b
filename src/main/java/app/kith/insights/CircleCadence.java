package app.kith.insights;

import app.kith.people.Circle;

/**
 * How often an account wants to be in touch with the people of a circle: ideally every {@code days},
 * at the most every {@code maximumDays}. Past the ideal a person is due (yellow), past the maximum
 * overdue (red).
 *
 * @param days             the ideal interval in days, or null when the circle is not tracked ({@code none})
 * @param maximumDays      the maximum interval in days (twice the ideal unless set), null when not tracked
 * @param isDefault        true when the account has not changed Kith's default ideal for this circle
 * @param maximumIsDefault true when the account has not set the maximum (it follows the ideal)
 */
public record CircleCadence(Circle circle, Integer days, Integer maximumDays, boolean isDefault,
                            boolean maximumIsDefault) {
}
