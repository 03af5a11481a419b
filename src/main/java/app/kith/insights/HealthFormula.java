package app.kith.insights;

import app.kith.interactions.TouchSummary;
import app.kith.people.CadenceStatus;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The health score, documented in docs/insights.md: recency (0-70) + reciprocity (0-20) + trend
 * (0-10) - setbacks (10 each, at most 20). Every part is non-decreasing in a fresh giving touch, so
 * such a touch never lowers the score.
 */
final class HealthFormula {
    static final int SETBACK_DAYS = 180;

    private HealthFormula() {
    }

    static Reciprocity reciprocity(TouchSummary s, LocalDate day) {
        return new Reciprocity(s.gave(), s.received(), s.mutual(), s.asked(), s.neutral(), day.minusDays(364), day,
                Reciprocity.transactional(s.asked(), s.total()));
    }

    static int score(TouchSummary s, int cadence, int setbacks, LocalDate day) {
        double recency = 0;
        if (s.lastTouch() != null) {
            long days = ChronoUnit.DAYS.between(s.lastTouch(), day);
            recency = days <= cadence ? 70 : 70.0 * Math.max(0, 3.0 * cadence - days) / (2.0 * cadence);
        }
        double reciprocity = s.total() == 0 ? 10 : 20.0 * (s.total() - s.asked()) / s.total();
        double trend = s.touchesLastYear() == 0 ? 10
                : 10.0 * Math.min(1.0, (double) s.touchesThisYear() / s.touchesLastYear());
        double penalty = 10.0 * Math.min(2, setbacks);
        return (int) Math.max(0, Math.min(100, Math.round(recency + reciprocity + trend - penalty)));
    }

    static Health health(PersonRef person, TouchSummary s, int cadence, boolean tracked, int askStreak, int setbacks,
                         LocalDate day, CadenceStatus status) {
        List<String> reasons = new ArrayList<>();
        Integer since = s.lastTouch() == null ? null : (int) ChronoUnit.DAYS.between(s.lastTouch(), day);
        String measure = tracked ? "cadence " + cadence : "not tracked, measured against " + cadence + " days";
        reasons.add((since == null ? "no real touch yet" : "last real touch " + ago(since)) + ", " + measure);
        if (askStreak >= 2) {
            reasons.add("your last " + askStreak + " touches were asks");
        }
        Reciprocity reciprocity = reciprocity(s, day);
        if (reciprocity.transactional()) {
            reasons.add("mostly asks: " + s.asked() + " of " + s.total() + " touches in the last 12 months");
        }
        if (s.touchesLastYear() > 0 && s.touchesThisYear() < s.touchesLastYear()) {
            reasons.add("fading: " + touches(s.touchesThisYear()) + " this year vs " + s.touchesLastYear()
                    + " last year");
        } else if (s.touchesThisYear() > s.touchesLastYear() && s.touchesLastYear() > 0) {
            reasons.add("growing: " + touches(s.touchesThisYear()) + " this year vs " + s.touchesLastYear()
                    + " last year");
        }
        if (setbacks > 0) {
            reasons.add(setbacks + (setbacks == 1 ? " setback" : " setbacks") + " in the last 6 months");
        }
        return new Health(person, score(s, cadence, setbacks, day), String.join(" · ", reasons), List.copyOf(reasons),
                cadence, tracked, s.lastTouch(), since, askStreak, s.touchesThisYear(), s.touchesLastYear(), setbacks,
                reciprocity, status);
    }

    static String ago(long days) {
        return days == 0 ? "today" : days == 1 ? "yesterday" : days + " days ago";
    }

    private static String touches(int n) {
        return n + (n == 1 ? " touch" : " touches");
    }
}
