package app.kith.people;

import app.kith.shared.AccountId;
import app.kith.shared.Ids;
import app.kith.shared.Page;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people module's API: create, change, find, list and search the people of an account. Writes go
 * through {@link PersonWrites}, reads through {@link PersonReads}; other modules that change what people
 * are found by announce it ({@link SearchTermsChanged}) rather than asking for a refresh.
 */
@Service
public class PeopleService {
    /** Wherever a person id is accepted, this word means the account's own person. */
    public static final String SELF = "self";

    private final PersonReads reads;
    private final PersonWrites writes;
    private final People people;
    private final Tags tags;
    private final LastTouchService lastTouches;

    PeopleService(PersonReads reads, PersonWrites writes, People people, Tags tags, LastTouchService lastTouches) {
        this.reads = reads;
        this.writes = writes;
        this.people = people;
        this.tags = tags;
        this.lastTouches = lastTouches;
    }

    @Transactional
    public Person create(AccountId account, PersonChanges changes) {
        return get(account, add(account, changes));
    }

    /** Creates a person and says only their id, without reading them back: for writers that need no more. */
    @Transactional
    public String add(AccountId account, PersonChanges changes) {
        return writes.create(account, changes, false);
    }

    /** Creates the person who represents the account's owner; called once, when the account is made. */
    @Transactional
    public Person createSelf(AccountId account, String name) {
        return get(account, writes.create(account, PersonChanges.named(name), true));
    }

    /** Creates many people at once, a few hundred per statement, for the synthetic network; says their ids. */
    @Transactional
    public List<String> createAll(AccountId account, List<PersonChanges> all) {
        Map<String, PersonChanges> byId = new LinkedHashMap<>();
        all.forEach(changes -> byId.put(Ids.newId(), changes));
        writes.createAll(account, byId, KnownAhead.NOTHING);
        return List.copyOf(byId.keySet());
    }

    /**
     * Creates many people with ids chosen by the caller (new {@link Ids}), so an import can refer to
     * people it has only planned so far. Their search entries are written once, before the commit, with
     * whatever the caller added about them meanwhile (such as affiliations).
     */
    @Transactional
    public void createAll(AccountId account, Map<String, PersonChanges> byId) {
        createAll(account, byId, KnownAhead.NOTHING);
    }

    /** As {@link #createAll(AccountId, Map)}, writing each row whole with what the caller knows it will add. */
    @Transactional
    public void createAll(AccountId account, Map<String, PersonChanges> byId, KnownAhead ahead) {
        writes.createAll(account, byId, ahead);
    }

    @Transactional
    public Person update(AccountId account, String id, PersonChanges changes) {
        return get(account, change(account, id, changes));
    }

    /** Changes a person and says only their id, without reading them back: for writers that need no more. */
    @Transactional
    public String change(AccountId account, String id, PersonChanges changes) {
        return writes.update(account, id, changes);
    }

    @Transactional
    public void delete(AccountId account, String id) {
        writes.delete(account, id);
    }

    public Person get(AccountId account, String id) {
        return reads.get(account, id);
    }

    /**
     * These people (ids as resolved; unknown ids left out), in the order asked, read a chunk at a
     * time with a few statements per chunk, for address books and exports that read many.
     */
    public List<Person> getAll(AccountId account, Collection<String> ids) {
        return reads.getAll(account, ids);
    }

    /** The id of a person of this account ("self" allowed); unknown ids, and other accounts' ids, are not found. */
    public String resolve(AccountId account, String idOrSelf) {
        return reads.resolve(account, idOrSelf);
    }

    /** Resolves every id ("self" allowed), failing on the first that is not this account's. */
    public List<String> resolveAll(AccountId account, Collection<String> idsOrSelf) {
        return reads.resolveAll(account, idsOrSelf);
    }

    public String selfId(AccountId account) {
        return reads.selfId(account);
    }

    /** How many people the account knows, its own person left out. */
    public long countOthers(AccountId account) {
        return people.countOthers(account);
    }

    /** The tags of each of these people (ids as resolved), by name; people without tags are left out. */
    public Map<String, List<String>> tagNames(AccountId account, Collection<String> ids) {
        return tags.namesFor(account, ids);
    }

    public Page<PersonSummary> list(AccountId account, PeopleFilter filter, Page.Request page) {
        return reads.list(account, filter, page);
    }

    /** The people of this account with this email address (case ignored), for matching imports. */
    public List<String> withEmail(AccountId account, String email) {
        return reads.withEmail(account, email);
    }

    /**
     * The people of this account with each of these email addresses (case ignored), by address as
     * given in lower case; addresses nobody has are left out. A few hundred addresses per query.
     */
    public Map<String, List<String>> withEmails(AccountId account, Collection<String> emails) {
        return reads.withEmails(account, emails);
    }

    /** Display names of the given people of this account, by id. */
    public Map<String, String> names(AccountId account, Collection<String> ids) {
        return reads.names(account, ids);
    }

    /** Everyone the account knows (not its own person), id to display name, in name order: one query. */
    public Map<String, String> allNames(AccountId account) {
        return people.allNames(account);
    }

    /** The people of this account with this LinkedIn profile, however its address is written. */
    public List<String> withLinkedIn(AccountId account, String url) {
        return reads.withLinkedIn(account, url);
    }

    /** Every person of the account with what imports match on; one pass, for large imports. */
    public List<PersonKeys> keys(AccountId account) {
        return people.keys(account);
    }

    /** A person's photo, if they have one ("self" allowed). */
    public Optional<Photo> photo(AccountId account, String id) {
        return reads.photo(account, id);
    }

    /** Sets a person's photo, replacing any they had. */
    @Transactional
    public void setPhoto(AccountId account, String id, Photo photo) {
        writes.setPhoto(account, id, photo);
    }

    /** Removes a person's photo, if they have one. */
    @Transactional
    public void removePhoto(AccountId account, String id) {
        writes.removePhoto(account, id);
    }

    /** Which of these people (ids as resolved) have a photo. */
    public Set<String> withPhotos(AccountId account, Collection<String> ids) {
        return reads.withPhotos(account, ids);
    }

    /** Relationship facts of everyone kept in touch with: not self, in a circle or with their own cadence. */
    public List<RelationshipFacts> trackedFacts(AccountId account) {
        return people.trackedFacts(account);
    }

    /**
     * The {@code limit} people closest to you (the strongest ties): inner circle first, then close,
     * network, acquaintance and none, each most recently touched first.
     */
    public List<RelationshipFacts> closest(AccountId account, int limit) {
        return people.closest(account, limit);
    }

    /** Relationship facts of these people (ids as resolved); unknown ids are left out. */
    public List<RelationshipFacts> facts(AccountId account, Collection<String> ids) {
        return people.facts(account, ids);
    }

    /** People whose birthday falls on one of these days of the year, in one of these circles (null: any). */
    public List<RelationshipFacts> bornOn(AccountId account, Collection<MonthDay> days,
                                         Collection<Circle> circles) {
        return days.isEmpty() || circles != null && circles.isEmpty() ? List.of()
                : people.bornOn(account, days, circles);
    }

    /**
     * Tracked people, not in a strained or repairing relationship, whose latest real touch is after
     * the day: on a past day their state depends on touches they had before it.
     */
    public List<String> touchedAfter(AccountId account, LocalDate day) {
        return lastTouches.touchedAfter(account, day);
    }

    /**
     * The most overdue people on the day, with every person whose rounded priority could tie with
     * the last of the {@code limit} most overdue (the caller orders ties by name), and the number due
     * in all. People touched after the day are judged by their touches before it, from {@code history}.
     */
    public DueList due(AccountId account, DueQuery query, EarlierTouches history) {
        return lastTouches.due(account, query, history);
    }

    /**
     * The person's cadence status on the query's day by the one due rule, given their latest real touch
     * on or before it (null: none); null when they are not tracked.
     */
    public CadenceStatus cadenceStatus(DueQuery query, RelationshipFacts person, LocalDate lastTouch) {
        return new DueRule(query).status(person, lastTouch);
    }

    /** Everyone in a strained or repairing relationship, by id and name only, in no particular order. */
    public List<Mending> mending(AccountId account) {
        return people.mending(account);
    }

    /** Only the names and birthdays of the people born in these months (1-12): one light query for calendars. */
    public List<BirthdayOf> birthdays(AccountId account, Collection<Integer> months) {
        return months.isEmpty() ? List.of() : people.birthdays(account, months);
    }

    /** Relationship facts of partners: people whose relationship is a partnership (or both), by name. */
    public List<RelationshipFacts> partners(AccountId account) {
        return people.partners(account);
    }

    /** Puts each of these people in a circle (a bulk action), all or nothing. */
    @Transactional
    public void setCircleAll(AccountId account, Collection<String> personIds, String circle) {
        PersonChanges inCircle = PersonChanges.builder().circle(circle).build();
        resolveAll(account, personIds).forEach(id -> writes.update(account, id, inCircle));
    }

    /** Deletes each of these people (a bulk action), all or nothing; yourself is refused like one by one. */
    @Transactional
    public void deleteAll(AccountId account, Collection<String> personIds) {
        resolveAll(account, personIds).forEach(id -> writes.delete(account, id));
    }
}
