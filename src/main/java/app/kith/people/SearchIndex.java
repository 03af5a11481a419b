package app.kith.people;

import app.kith.shared.AccountId;
import app.kith.shared.Text;
import app.kith.storage.Chunks;
import app.kith.storage.IdFilter;
import app.kith.storage.PlannerStatistics;
import app.kith.storage.TransactionBound;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;

/**
 * Keeps {@code people.search_doc} up to date: a person's names, nickname, emails and tags, plus the
 * terms other modules contribute (organizations, titles), folded so that search is accent- and
 * case-insensitive. The database's full-text index follows the column. Writers only say who changed
 * ({@link #refresh}, {@link SearchTermsChanged}); each person's entry is rebuilt once, before the commit.
 */
@Component
class SearchIndex {
    private final People people;
    private final PeopleBulkWrites bulk;
    private final ContactPoints contactPoints;
    private final Tags tags;
    private final List<SearchTerms> contributors;
    private final PlannerStatistics statistics;

    SearchIndex(People people, PeopleBulkWrites bulk, ContactPoints contactPoints, Tags tags, List<SearchTerms> contributors,
                PlannerStatistics statistics) {
        this.statistics = statistics;
        this.people = people;
        this.bulk = bulk;
        this.contactPoints = contactPoints;
        this.tags = tags;
        this.contributors = contributors;
    }

    @EventListener
    void on(SearchTermsChanged changed) {
        refresh(changed.account(), changed.personIds());
    }

    /**
     * Rebuilds these people's entries before the transaction commits, each once however often it is
     * asked (an import asks per chunk and per affiliation); at once when there is no transaction.
     */
    void refresh(AccountId account, Collection<String> personIds) {
        Pending pending = pending();
        if (pending == null) {
            write(account, personIds, Map.of(), Map.of());
            return;
        }
        pending.ids.computeIfAbsent(account, a -> new LinkedHashSet<>()).addAll(personIds);
    }

    /**
     * Moves these people's latest touch forward (day numbers, as {@link LastTouches#advance}) in the
     * same statement that writes their new entries before the commit, when every one of them awaits one:
     * on PostgreSQL each update of a row writes a new version of it, and a bulk write (an import's new
     * people) would otherwise write each person three times. Until the commit, the people table still
     * holds their earlier touch. Says whether it took them; if not, the caller writes them now.
     */
    boolean advanceWithEntries(AccountId account, Map<String, Integer> days) {
        Pending pending = TransactionBound.<Pending>find(this).orElse(null);
        Collection<String> ids = pending == null ? null : pending.ids.get(account);
        if (ids == null || !ids.containsAll(days.keySet())) {
            return false;
        }
        Map<String, Integer> touches = pending.touches.computeIfAbsent(account, a -> new HashMap<>());
        days.forEach((id, day) -> touches.merge(id, day, Math::max));
        return true;
    }

    /**
     * Drops what {@link #advanceWithEntries} took for these people, and what a bulk create wrote as their
     * touch: their touches were just recounted.
     */
    void forgetTouches(AccountId account, Collection<String> personIds) {
        Pending pending = TransactionBound.<Pending>find(this).orElse(null);
        if (pending != null && pending.touches.containsKey(account)) {
            pending.touches.get(account).keySet().removeAll(personIds);
        }
        Map<String, Entry> written = pending == null ? null : pending.written.get(account);
        if (written != null) {
            personIds.forEach(id -> written.computeIfPresent(id, (k, e) -> new Entry(e.doc(), null)));
        }
    }

    /**
     * The days that move these people's latest touch forward from what a bulk create of this transaction
     * wrote on their rows ({@link KnownAhead}): those at or before it are left out.
     */
    Map<String, LocalDate> beyondWritten(AccountId account, Map<String, LocalDate> days) {
        Pending pending = TransactionBound.<Pending>find(this).orElse(null);
        Map<String, Entry> written = pending == null ? null : pending.written.get(account);
        if (written == null) {
            return days;
        }
        Map<String, LocalDate> beyond = new HashMap<>();
        days.forEach((id, day) -> {
            Entry entry = written.get(id);
            if (day == null || entry == null || entry.touchDay() == null || entry.touchDay() < day.toEpochDay()) {
                beyond.put(id, day);
            }
        });
        return beyond;
    }

    /**
     * A person's search entry and latest touch (a day number, null for none) as a bulk create wrote them
     * on the row ({@link KnownAhead}).
     */
    record Entry(String doc, Integer touchDay) {
    }

    /**
     * Says what a bulk create wrote on its new rows, so that the rebuild before the commit writes only
     * the entries that came out otherwise (and the touches beyond those written).
     */
    void written(AccountId account, Map<String, Entry> entries) {
        Pending pending = pending();
        if (pending != null) {
            pending.written.computeIfAbsent(account, a -> new HashMap<>()).putAll(entries);
        }
    }

    /**
     * The people whose entries this transaction rebuilds before it commits, and touches to write with
     * them.
     */
    private final class Pending implements TransactionSynchronization {
        final Map<AccountId, Collection<String>> ids = new LinkedHashMap<>();
        final Map<AccountId, Map<String, Integer>> touches = new HashMap<>();
        final Map<AccountId, Map<String, Entry>> written = new HashMap<>();

        @Override
        public void beforeCommit(boolean readOnly) {
            // Read back after a bulk write, with stale statistics the planner scans whole tables.
            if (ids.values().stream().mapToInt(Collection::size).sum() > Chunks.SIZE) {
                statistics.refreshBeforeBulkRead();
            }
            ids.forEach((account, people) -> write(account, people, touches.getOrDefault(account, Map.of()),
                    written.getOrDefault(account, Map.of())));
        }
    }

    /** This transaction's pending entries, registered on first use; null outside a transaction. */
    private Pending pending() {
        return TransactionBound.get(this, Pending::new).orElse(null);
    }

    /**
     * Reads what goes into the entries a chunk of people at a time, or for a bulk write (an import's
     * thousands of new people) in one pass over the account's rows ({@link IdFilter}), and writes them
     * all together: on PostgreSQL each update statement joins its rows to the people table, and each
     * read of a chunk scanned the account's contact points, affiliations and people again, which grew
     * with the square of the import (issue 13).
     */
    private void write(AccountId account, Collection<String> personIds, Map<String, Integer> touches,
                       Map<String, Entry> written) {
        Map<String, String> docs = new HashMap<>();
        List<String> ids = List.copyOf(new LinkedHashSet<>(personIds));
        for (List<String> chunk : IdFilter.onePass(ids) ? List.of(ids) : Chunks.of(ids)) {
            Map<String, List<Contact>> contacts = contactPoints.contacts(account, chunk);
            Map<String, List<String>> tagNames = tags.namesFor(account, chunk);
            Map<String, List<String>> terms = new HashMap<>();
            for (SearchTerms contributor : contributors) {
                contributor.termsFor(account, chunk).forEach((id, more) ->
                        terms.computeIfAbsent(id, k -> new ArrayList<>()).addAll(more));
            }
            people.namesAndNicknames(account, chunk).forEach((id, names) -> docs.put(id, doc(names,
                    contacts.getOrDefault(id, List.of()), tagNames.getOrDefault(id, List.of()),
                    terms.getOrDefault(id, List.of()))));
        }
        docs.entrySet().removeIf(e -> isWritten(written.get(e.getKey()), e.getValue(), touches.get(e.getKey())));
        bulk.updateSearchDocs(account, docs, touches);
    }

    /**
     * Whether the row already holds this entry and a touch at least as late (a touch recorded since,
     * {@link #forgetTouches}, leaves none to write).
     */
    private static boolean isWritten(Entry written, String doc, Integer touch) {
        return written != null && written.doc().equals(doc)
                && (touch == null || written.touchDay() != null && written.touchDay() >= touch);
    }

    /** The search entry of a new person: as {@link #write} builds it from what the database holds. */
    static String doc(String name, String nickname, List<Contact> contacts, List<String> tags, List<String> terms) {
        return doc(People.names(name, nickname), contacts, tags, terms);
    }

    /** A person's search text: their names, emails and tags, and the terms other modules hold about them, folded. */
    private static String doc(String names, List<Contact> contacts, List<String> tags, List<String> terms) {
        StringBuilder doc = new StringBuilder(names);
        contacts.stream().filter(c -> c.kind() == ContactKind.EMAIL).forEach(c -> doc.append(' ').append(c.value()));
        tags.forEach(t -> doc.append(' ').append(t));
        terms.stream().filter(Objects::nonNull).forEach(t -> doc.append(' ').append(t));
        return Text.fold(doc.toString());
    }
}
