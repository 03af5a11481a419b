package app.kith.insights;

import java.time.YearMonth;

/** A relationship's health score (0-100) as it stood at the end of a month. */
public record HealthPoint(YearMonth month, int score) {
}
