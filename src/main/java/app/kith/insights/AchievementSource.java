package app.kith.insights;

import app.kith.shared.AccountId;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Where meeting prep finds people's recent achievements (a promotion, a launch): the calendar module
 * provides its achievement events. Implement it as a Spring bean to add another kind of news.
 */
public interface AchievementSource {

    /**
     * The achievements of these people (ids as resolved) dated from {@code from} to {@code to}
     * (inclusive), newest first, by person id; one query for all of them.
     */
    Map<String, List<Achievement>> of(AccountId account, Collection<String> personIds, LocalDate from, LocalDate to);
}
