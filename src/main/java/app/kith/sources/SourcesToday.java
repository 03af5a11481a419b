package app.kith.sources;

import app.kith.insights.TodayContribution;
import app.kith.insights.TodayDigest;
import app.kith.shared.AccountId;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Sources in Today: each source whose last sync failed, with why ({@code sources}), and the people
 * you write to most who are not in Kith yet ({@code suggestions}).
 */
@Component
@Order(800)
class SourcesToday implements TodayContribution {
    static final int SUGGESTIONS = 3;

    private final SourceService sources;
    private final SuggestionService suggestions;

    SourcesToday(SourceService sources, SuggestionService suggestions) {
        this.sources = sources;
        this.suggestions = suggestions;
    }

    @Override
    public void contribute(AccountId account, TodayDigest digest) {
        sources.problems(account).forEach(p -> digest.section("sources", p));
        suggestions.top(account, SUGGESTIONS).forEach(s -> digest.section("suggestions", s));
    }
}
