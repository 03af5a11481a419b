package app.kith.people;

import app.kith.shared.AccountId;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Words other modules know about people (their organization, their title) that people search should
 * find them by. Implemented by those modules; the people module asks when it rebuilds a search entry.
 */
public interface SearchTerms {

    /** The terms for each of the given people; people without terms may be left out of the map. */
    Map<String, List<String>> termsFor(AccountId account, Collection<String> personIds);
}
