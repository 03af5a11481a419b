package app.kith.people;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

/**
 * Each of these people's latest real touch (never an ask) on or before the day a {@link DueQuery}
 * asks about; people without one are left out. Whoever asks who is due supplies it from the
 * interactions, which the people module keeps only the latest of.
 */
@FunctionalInterface
public interface EarlierTouches {
    Map<String, LocalDate> lastRealTouches(Collection<String> personIds);
}
