package app.kith.insights;

import app.kith.people.Circle;

/**
 * How often an account wants to be in touch with the people of a circle.
 *
 * @param days      the cadence in days, or null when the circle is not tracked ({@code none})
 * @param isDefault true when the account has not changed Kith's default for this circle
 */
public record CircleCadence(Circle circle, Integer days, boolean isDefault) {
}
