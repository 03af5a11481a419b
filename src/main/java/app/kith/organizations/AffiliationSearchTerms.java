package app.kith.organizations;

import app.kith.people.SearchTerms;
import app.kith.shared.AccountId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Makes people findable by the organizations they belong to and their titles there. */
@Component
class AffiliationSearchTerms implements SearchTerms {
    private final Affiliations affiliations;

    AffiliationSearchTerms(Affiliations affiliations) {
        this.affiliations = affiliations;
    }

    @Override
    public Map<String, List<String>> termsFor(AccountId account, Collection<String> personIds) {
        return affiliations.organizationsAndTitles(account, personIds);
    }

    /** Adds the words one affiliation makes its person findable by ({@link #words}) to theirs. */
    static void add(Map<String, List<String>> terms, String personId, String organization, String title) {
        terms.computeIfAbsent(personId, k -> new ArrayList<>()).addAll(words(organization, title));
    }

    /** The words one affiliation makes its person findable by: the organization's name and the title. */
    static List<String> words(String organization, String title) {
        List<String> words = new ArrayList<>(2);
        words.add(organization);
        if (title != null) {
            words.add(title);
        }
        return words;
    }
}
