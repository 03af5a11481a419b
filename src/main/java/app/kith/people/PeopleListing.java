package app.kith.people;

import app.kith.shared.AccountId;
import app.kith.shared.Page;
import app.kith.shared.Text;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Lists and searches the people of an account a page at a time. A search lists the people whose
 * name starts with the query first (search as you type), then the other matches, each group in name
 * order. The first group is read from the name index, so the first page of a one-letter query does
 * not sort the thousands of people it matches. The full-text index is read for the other matches
 * only when the page reaches them, and for the count only when the page is full (a page that is not
 * full ends the list); the first group is counted only when a page lies past its end.
 */
@Repository
class PeopleListing {
    private static final String ORDER = " ORDER BY p.name_key, p.id";

    private final JdbcClient jdbc;
    private final FullTextSearch fullText;

    PeopleListing(JdbcClient jdbc, FullTextSearch fullText) {
        this.jdbc = jdbc;
        this.fullText = fullText;
    }

    Page<PersonRow> list(AccountId account, PeopleFilter filter, Page.Request page) {
        if (filter.onlyIds() != null && filter.onlyIds().isEmpty()) {
            return new Page<>(List.of(), page.page(), page.size(), 0);
        }
        FullTextSearch.Condition filters = filters(account, filter);
        List<String> words = words(filter.query());
        if (words.isEmpty()) {
            return Page.of(select(filters, page.size(), page.offset()), page,
                    () -> onlyTheQuery(filter) ? fullText.countAll(account) : count(filters));
        }
        FullTextSearch.Condition matches = filters.and(fullText.matches(words));
        FullTextSearch.Condition startsWith = fullText.nameStartsWith(String.join(" ", words));
        FullTextSearch.Condition starting = filters.and(startsWith);
        // A name that starts with the query always matches it: the search text begins with the name.
        List<PersonRow> rows = new ArrayList<>(select(starting, page.size(), page.offset()));
        if (rows.size() < page.size()) {
            // The first group ends on this page, so it holds offset + rows people; past its end (an
            // empty page after the first), they are counted to know where the other matches start.
            long first = rows.isEmpty() && page.offset() > 0 ? count(starting) : page.offset() + rows.size();
            rows.addAll(select(matches.andNot(startsWith), page.size() - rows.size(),
                    Math.max(0, page.offset() - first)));
        }
        return Page.of(rows, page,
                () -> onlyTheQuery(filter) ? fullText.countMatches(account, words) : count(matches));
    }

    private static boolean onlyTheQuery(PeopleFilter filter) {
        return filter.circle() == null && filter.kind() == null && filter.bridge() == null
                && (filter.tag() == null || filter.tag().isBlank()) && filter.onlyIds() == null;
    }

    private long count(FullTextSearch.Condition condition) {
        return jdbc.sql("SELECT count(*) FROM " + condition.from() + " WHERE " + condition.sql())
                .params(condition.parameters()).query(Long.class).single();
    }

    private List<PersonRow> select(FullTextSearch.Condition condition, long limit, long offset) {
        return jdbc.sql("SELECT " + People.COLUMNS + " FROM " + condition.from() + " WHERE " + condition.sql()
                        + ORDER + " LIMIT :limit OFFSET :offset")
                .params(condition.parameters()).param("limit", limit).param("offset", offset).query(People::row).list();
    }

    /** The filters other than the query, on the people table aliased {@code p}. */
    private static FullTextSearch.Condition filters(AccountId account, PeopleFilter filter) {
        StringBuilder where = new StringBuilder("p.account_id = :account");
        Map<String, Object> params = new HashMap<>(Map.of("account", account.value()));
        if (filter.circle() != null) {
            where.append(" AND p.circle = :circle");
            params.put("circle", filter.circle().wire());
        }
        if (filter.kind() != null) {
            where.append(" AND (p.relationship_kind = :kind OR p.relationship_kind = 'both')");
            params.put("kind", filter.kind().wire());
        }
        if (filter.bridge() != null) {
            where.append(" AND p.bridge_status = :bridge");
            params.put("bridge", filter.bridge().wire());
        }
        if (filter.tag() != null && !filter.tag().isBlank()) {
            // The tagged people are found from the tag, not by testing every person of the account.
            where.append(" AND p.id IN (SELECT pt.person_id FROM person_tags pt JOIN tags t ON t.account_id = pt.account_id"
                    + " AND t.id = pt.tag_id WHERE pt.account_id = :account AND t.name_key = :tag)");
            params.put("tag", Tags.key(filter.tag()));
        }
        if (filter.onlyIds() != null) {
            where.append(" AND p.id IN (:ids)");
            params.put("ids", filter.onlyIds());
        }
        return new FullTextSearch.Condition("people p", where.toString(), params);
    }

    static List<String> words(String query) {
        String folded = Text.fold(query);
        return folded.isEmpty() ? List.of() : List.of(folded.split(" "));
    }
}
