package app.kith.web;

import app.kith.insights.HealthHistory;
import app.kith.insights.HealthPoint;
import app.kith.interactions.Direction;
import app.kith.interactions.MonthTouches;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A relationship drawn: touches a month over the last months, stacked by direction, the touches a month
 * the cadence asks for as a dashed line, and the health score over the same months. Server-side SVG
 * (templates/people/chart.html): no script, nothing to load, and Thymeleaf escapes every label. The
 * geometry is worked out here, in the SVG's own units; the table beside it is the text alternative.
 */
record TouchChart(List<Month> months, List<Bar> bars, double cadenceY, String cadenceLabel, String healthPoints,
                  int total, String summary) {
    static final int WIDTH = 480;
    static final int HEIGHT = 120;
    static final int HEALTH_HEIGHT = 60;
    /** Stacked from the bottom in this order; asks on top, where they stand out. */
    static final List<Direction> ORDER = List.of(Direction.GAVE, Direction.MUTUAL, Direction.RECEIVED,
            Direction.NEUTRAL, Direction.ASKED);
    private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("MMM", Locale.ENGLISH);

    /** A month's column: its label, and its counts by direction (in {@link #ORDER}), for the table. */
    record Month(String label, String shortLabel, double x, boolean labelled, List<Integer> columns, int total,
                 int health) {
    }

    /** One rectangle of a stacked column. */
    record Bar(double x, double y, double width, double height, String direction, String title) {
    }

    static TouchChart of(List<MonthTouches> touches, HealthHistory health) {
        List<HealthPoint> points = health.points();
        Map<YearMonth, Map<Direction, Integer>> byMonth = new HashMap<>();
        for (MonthTouches t : touches) {
            byMonth.computeIfAbsent(t.month(), m -> new EnumMap<>(Direction.class)).merge(t.direction(), t.count(),
                    Integer::sum);
        }
        double perMonth = 30.44 / Math.max(1, health.cadenceDays());
        int highest = byMonth.values().stream().mapToInt(c -> c.values().stream().mapToInt(Integer::intValue).sum())
                .max().orElse(0);
        double top = Math.max(Math.max(highest, perMonth), 1);
        double slot = (double) WIDTH / points.size();
        List<Month> months = new ArrayList<>();
        List<Bar> bars = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int total = 0;
        Month busiest = null;
        for (int i = 0; i < points.size(); i++) {
            HealthPoint point = points.get(i);
            Map<Direction, Integer> counts = byMonth.getOrDefault(point.month(), Map.of());
            double x = i * slot;
            double y = HEIGHT;
            int sum = 0;
            for (Direction direction : ORDER) {
                int count = counts.getOrDefault(direction, 0);
                if (count > 0) {
                    double h = HEIGHT * count / top;
                    y -= h;
                    bars.add(new Bar(round(x + slot * 0.15), round(y), round(slot * 0.7), round(h), direction.wire(),
                            count + " " + direction.wire() + " in " + LABEL.format(point.month())));
                    sum += count;
                }
            }
            total += sum;
            Month month = new Month(LABEL.format(point.month()), SHORT.format(point.month()), round(x + slot / 2),
                    i % 3 == 0, ORDER.stream().map(d -> counts.getOrDefault(d, 0)).toList(), sum, point.score());
            months.add(month);
            if (sum > 0 && (busiest == null || sum > busiest.total())) {
                busiest = month;
            }
            line.append(i == 0 ? "" : " ").append(round(x + slot / 2)).append(',')
                    .append(round(HEALTH_HEIGHT - HEALTH_HEIGHT * point.score() / 100.0));
        }
        String summary = total == 0 ? "No touches in the last " + points.size() + " months."
                : total + (total == 1 ? " touch" : " touches") + " in the last " + points.size() + " months; the most in "
                        + busiest.label() + " (" + busiest.total() + "). The cadence, every " + health.cadenceDays()
                        + " days, asks for about " + String.format(Locale.ROOT, "%.1f", perMonth) + " a month. Health "
                        + points.getFirst().score() + " then, " + points.getLast().score() + " now.";
        return new TouchChart(months, bars, round(HEIGHT - HEIGHT * perMonth / top),
                "every " + health.cadenceDays() + " days", line.toString(), total, summary);
    }

    public int width() {
        return WIDTH;
    }

    public int height() {
        return HEIGHT;
    }

    public int healthHeight() {
        return HEALTH_HEIGHT;
    }

    /** The directions in the order they are stacked, for the legend and the table's columns. */
    static List<Direction> legend() {
        return ORDER;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
