package app.kith.people;

import app.kith.shared.AccountId;
import app.kith.shared.Text;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code people.search_doc} up to date: a person's names, nickname, emails and tags, plus the
 * terms other modules contribute (organizations, titles), folded so that search is accent- and
 * case-insensitive. The database's full-text index follows the column.
 */
@Component
class SearchIndex {
    private static final int CHUNK = 500;

    private final People people;
    private final Tags tags;
    private final List<SearchTerms> contributors;

    SearchIndex(People people, Tags tags, List<SearchTerms> contributors) {
        this.people = people;
        this.tags = tags;
        this.contributors = contributors;
    }

    void refresh(AccountId account, Collection<String> personIds) {
        for (List<String> chunk : chunks(List.copyOf(personIds))) {
            Map<String, StringBuilder> docs = new HashMap<>();
            people.namesAndNicknames(account, chunk).forEach((id, names) -> docs.put(id, new StringBuilder(names)));
            people.contacts(account, chunk).forEach((id, contacts) -> contacts.stream()
                    .filter(c -> c.kind() == ContactKind.EMAIL)
                    .forEach(c -> append(docs, id, c.value())));
            tags.namesFor(account, chunk).forEach((id, names) -> names.forEach(n -> append(docs, id, n)));
            for (SearchTerms contributor : contributors) {
                contributor.termsFor(account, chunk).forEach((id, terms) -> terms.forEach(t -> append(docs, id, t)));
            }
            Map<String, String> folded = new HashMap<>();
            docs.forEach((id, doc) -> folded.put(id, Text.fold(doc.toString())));
            people.updateSearchDocs(account, folded);
        }
    }

    private static void append(Map<String, StringBuilder> docs, String id, String text) {
        StringBuilder doc = docs.get(id);
        if (doc != null && text != null) {
            doc.append(' ').append(text);
        }
    }

    static List<List<String>> chunks(List<String> ids) {
        List<List<String>> chunks = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += CHUNK) {
            chunks.add(ids.subList(i, Math.min(ids.size(), i + CHUNK)));
        }
        return chunks;
    }
}
