package app.kith.insights;

import java.util.List;

/** How a relationship's health went, month by month (oldest first), against the cadence it is held to. */
public record HealthHistory(int cadenceDays, List<HealthPoint> points) {
}
