package app.kith.people;

import java.time.LocalDate;
import java.util.Map;

/**
 * Who is due to hear from you on a day: each circle's cadence (the ideal interval) in days (a circle
 * left out is not tracked; a person's own cadence wins), each circle's maximum interval (past it a
 * person is overdue; someone with a cadence of their own has twice it), each circle's weight in the
 * ordering, and how many of the most overdue people to return. Priority is
 * {@code weight × (days since due + cadence) / cadence}.
 */
public record DueQuery(LocalDate day, Map<Circle, Integer> cadences, Map<Circle, Integer> maximums,
                       Map<Circle, Integer> weights, int limit) {
}
