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
import org.springframework.web.util.HtmlUtils;

/**
 * A relationship drawn: touches a month over the last months, stacked by direction, the touches a month
 * the cadence asks for as a dashed line, and the health score over the same months. Server-side SVG
 * ({@link #html()}, placed by templates/people/chart.html): no script, nothing to load. The geometry is
 * worked out here, in the SVG's own units; the table beside it is the text alternative.
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
                 Integer health) {
    }

    /** One rectangle of a stacked column. */
    record Bar(double x, double y, double width, double height, String direction, String title) {
    }

    /** One person's last months, with the cadence they are held to and their health month by month. */
    static TouchChart of(List<MonthTouches> touches, HealthHistory health) {
        List<YearMonth> months = health.points().stream().map(HealthPoint::month).toList();
        List<Integer> scores = health.points().stream().map(HealthPoint::score).toList();
        return draw(touches, months, health.cadenceDays(), scores);
    }

    /** The whole network's last months (no cadence, no health line). */
    static TouchChart of(List<MonthTouches> touches, YearMonth last, int count) {
        List<YearMonth> months = new ArrayList<>();
        for (int back = count - 1; back >= 0; back--) {
            months.add(last.minusMonths(back));
        }
        return draw(touches, months, null, null);
    }

    private static TouchChart draw(List<MonthTouches> touches, List<YearMonth> slots, Integer cadenceDays,
                                   List<Integer> health) {
        Map<YearMonth, Map<Direction, Integer>> byMonth = new HashMap<>();
        for (MonthTouches t : touches) {
            byMonth.computeIfAbsent(t.month(), m -> new EnumMap<>(Direction.class)).merge(t.direction(), t.count(),
                    Integer::sum);
        }
        double perMonth = cadenceDays == null ? 0 : 30.44 / Math.max(1, cadenceDays);
        int highest = byMonth.values().stream().mapToInt(c -> c.values().stream().mapToInt(Integer::intValue).sum())
                .max().orElse(0);
        double top = Math.max(Math.max(highest, perMonth), 1);
        double slot = (double) WIDTH / slots.size();
        List<Month> months = new ArrayList<>();
        List<Bar> bars = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int total = 0;
        Month busiest = null;
        for (int i = 0; i < slots.size(); i++) {
            YearMonth slotMonth = slots.get(i);
            String label = LABEL.format(slotMonth);
            Map<Direction, Integer> counts = byMonth.getOrDefault(slotMonth, Map.of());
            double x = i * slot;
            double y = HEIGHT;
            int sum = 0;
            for (Direction direction : ORDER) {
                int count = counts.getOrDefault(direction, 0);
                if (count > 0) {
                    double h = HEIGHT * count / top;
                    y -= h;
                    bars.add(new Bar(round(x + slot * 0.15), round(y), round(slot * 0.7), round(h), direction.wire(),
                            count + " " + direction.wire() + " in " + label));
                    sum += count;
                }
            }
            total += sum;
            Integer score = health == null ? null : health.get(i);
            Month month = new Month(label, SHORT.format(slotMonth), round(x + slot / 2),
                    i % 3 == 0, ORDER.stream().map(d -> counts.getOrDefault(d, 0)).toList(), sum, score);
            months.add(month);
            if (sum > 0 && (busiest == null || sum > busiest.total())) {
                busiest = month;
            }
            if (score != null) {
                line.append(i == 0 ? "" : " ").append(round(x + slot / 2)).append(',')
                        .append(round(HEALTH_HEIGHT - HEALTH_HEIGHT * score / 100.0));
            }
        }
        String summary = total == 0 ? "No touches in the last " + slots.size() + " months."
                : total + (total == 1 ? " touch" : " touches") + " in the last " + slots.size() + " months; the most in "
                        + busiest.label() + " (" + busiest.total() + ").";
        if (cadenceDays != null) {
            summary += " The cadence, every " + cadenceDays + " days, asks for about "
                    + String.format(Locale.ROOT, "%.1f", perMonth) + " a month.";
        }
        if (health != null) {
            summary += " Health " + health.getFirst() + " then, " + health.getLast() + " now.";
        }
        return new TouchChart(months, bars, round(HEIGHT - HEIGHT * perMonth / top),
                cadenceDays == null ? null : "every " + cadenceDays + " days", health == null ? null : line.toString(),
                total, summary);
    }

    /** The directions in the order they are stacked, for the legend and the table's columns. */
    static List<Direction> legend() {
        return ORDER;
    }

    /**
     * The chart as markup: the SVG, its legend, the health line and the table of the same figures. Written
     * here rather than by the template, where its hundred-odd shapes cost more than the rest of the person
     * page; it is made of numbers and fixed words only, and each text is escaped all the same.
     */
    public String html() {
        StringBuilder out = new StringBuilder(8192);
        out.append("<svg class=\"touch-chart\" viewBox=\"0 -12 ").append(WIDTH).append(' ').append(HEIGHT + 28)
                .append("\" role=\"img\" aria-labelledby=\"touch-chart-title touch-chart-desc\"")
                .append(" preserveAspectRatio=\"none\" width=\"100%\">\n")
                .append("<title id=\"touch-chart-title\">Touches a month over the last ").append(months.size())
                .append(" months</title>\n<desc id=\"touch-chart-desc\">").append(escape(summary)).append("</desc>\n")
                .append("<line class=\"axis\" x1=\"0\" y1=\"").append(HEIGHT).append("\" x2=\"").append(WIDTH)
                .append("\" y2=\"").append(HEIGHT).append("\"></line>\n");
        for (Bar b : bars) {
            out.append("<rect class=\"bar ").append(escape(b.direction())).append("\" x=\"").append(b.x())
                    .append("\" y=\"").append(b.y()).append("\" width=\"").append(b.width()).append("\" height=\"")
                    .append(b.height()).append("\"><title>").append(escape(b.title())).append("</title></rect>\n");
        }
        if (cadenceLabel != null) {
            out.append("<line class=\"cadence\" x1=\"0\" y1=\"").append(cadenceY).append("\" x2=\"").append(WIDTH)
                    .append("\" y2=\"").append(cadenceY).append("\"></line>\n<text class=\"cadence-label\" x=\"2\" y=\"")
                    .append(cadenceY - 3).append("\">cadence: ").append(escape(cadenceLabel)).append("</text>\n");
        }
        for (Month m : months) {
            if (m.labelled()) {
                out.append("<text class=\"month\" text-anchor=\"middle\" x=\"").append(m.x()).append("\" y=\"")
                        .append(HEIGHT + 13).append("\">").append(escape(m.shortLabel())).append("</text>\n");
            }
        }
        out.append("</svg>\n<ul class=\"legend\" aria-hidden=\"true\">");
        for (Direction d : ORDER) {
            out.append("<li><span class=\"swatch ").append(d.wire()).append("\"></span><span>").append(d.wire())
                    .append("</span></li>");
        }
        if (cadenceLabel != null) {
            out.append("<li><span class=\"swatch cadence\"></span>cadence</li>");
        }
        out.append("</ul>\n");
        if (healthPoints != null) {
            out.append("<h3 class=\"chart-title\">Health</h3>\n<svg class=\"health-chart\" viewBox=\"0 0 ")
                    .append(WIDTH).append(' ').append(HEALTH_HEIGHT).append("\" role=\"img\"")
                    .append(" aria-label=\"Health score, month by month (the table below has the figures)\"")
                    .append(" preserveAspectRatio=\"none\" width=\"100%\"><polyline class=\"health-line\" fill=\"none\"")
                    .append(" points=\"").append(escape(healthPoints)).append("\"></polyline></svg>\n");
        }
        out.append("<details>\n<summary>The figures, month by month</summary>\n<table class=\"chart-table\">\n")
                .append("<thead><tr><th scope=\"col\">Month</th>");
        for (Direction d : ORDER) {
            out.append("<th scope=\"col\">").append(d.wire()).append("</th>");
        }
        out.append(healthPoints == null ? "" : "<th scope=\"col\">Health</th>").append("</tr></thead>\n<tbody>\n");
        for (Month m : months) {
            out.append("<tr><th scope=\"row\">").append(escape(m.label())).append("</th>");
            for (Integer n : m.columns()) {
                out.append("<td>").append(n).append("</td>");
            }
            if (healthPoints != null) {
                out.append("<td>").append(m.health() == null ? "" : m.health()).append("</td>");
            }
            out.append("</tr>\n");
        }
        return out.append("</tbody>\n</table>\n</details>").toString();
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
