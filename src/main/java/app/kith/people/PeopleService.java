package app.kith.people;

import app.kith.shared.AccountId;
import app.kith.shared.ConflictException;
import app.kith.shared.Ids;
import app.kith.shared.InvalidInputException;
import app.kith.shared.NotFoundException;
import app.kith.shared.Page;
import app.kith.storage.Chunks;
import app.kith.storage.Quotas;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The people module's API: create, change, find, list and search the people of an account. */
@Service
public class PeopleService {
    /** Wherever a person id is accepted, this word means the account's own person. */
    public static final String SELF = "self";

    private final People people;
    private final ContactPoints contactPoints;
    private final PeopleListing listing;
    private final Tags tags;
    private final PersonEditor editor;
    private final SearchIndex searchIndex;
    private final Photos photos;
    private final LastTouchService lastTouches;
    private final Quotas quotas;
    private final Announcements announce;
    private final Clock clock;

    PeopleService(People people, ContactPoints contactPoints, PeopleListing listing, Tags tags, PersonEditor editor,
                  SearchIndex searchIndex, Photos photos, LastTouchService lastTouches, Quotas quotas,
                  Announcements announce, Clock clock) {
        this.people = people;
        this.contactPoints = contactPoints;
        this.listing = listing;
        this.tags = tags;
        this.editor = editor;
        this.searchIndex = searchIndex;
        this.photos = photos;
        this.lastTouches = lastTouches;
        this.quotas = quotas;
        this.announce = announce;
        this.clock = clock;
    }

    @Transactional
    public Person create(AccountId account, PersonChanges changes) {
        quotas.check(Quotas.Kind.PEOPLE, 1, () -> people.count(account));
        String id = createUnindexed(account, changes, false);
        searchIndex.refresh(account, List.of(id));
        announce.changed(account, List.of(id));
        return get(account, id);
    }

    /** Creates the person who represents the account's owner; called once, when the account is made. */
    @Transactional
    public Person createSelf(AccountId account, String name) {
        String id = createUnindexed(account, PersonChanges.named(name), true);
        searchIndex.refresh(account, List.of(id));
        announce.changed(account, List.of(id));
        return get(account, id);
    }

    /**
     * Creates many people at once, a few hundred per statement, for the synthetic network. Their search
     * entries are left for {@link #refreshSearch}, so the caller can add affiliations first.
     */
    @Transactional
    public List<String> createAll(AccountId account, List<PersonChanges> all) {
        Map<String, PersonChanges> byId = new LinkedHashMap<>();
        all.forEach(changes -> byId.put(Ids.newId(), changes));
        insertAll(account, byId, null);
        return List.copyOf(byId.keySet());
    }

    /**
     * Creates many people with ids chosen by the caller (new {@link Ids}), so an import can refer to
     * people it has only planned so far. They are written searchable: their search entries hold what
     * they are created with plus {@code moreTerms}, by id, the words other modules will hold about them
     * ({@link SearchTerms}) once the caller has added what it planned for them, such as the
     * organizations' terms for their affiliations. That spares a large import reading everyone back
     * afterwards and writing each search entry twice.
     */
    @Transactional
    public void createAll(AccountId account, Map<String, PersonChanges> byId, Map<String, List<String>> moreTerms) {
        insertAll(account, byId, moreTerms);
    }

    /** Inserts the people; with {@code moreTerms} null, their search entries are left empty. */
    private void insertAll(AccountId account, Map<String, PersonChanges> byId, Map<String, List<String>> moreTerms) {
        quotas.check(Quotas.Kind.PEOPLE, byId.size(), () -> people.count(account));
        Instant now = clock.instant();
        List<PersonRow> rows = new ArrayList<>(byId.size());
        Map<String, String> docs = new HashMap<>();
        Map<String, List<Contact>> contacts = new LinkedHashMap<>();
        Map<String, List<String>> tagged = new HashMap<>();
        for (Map.Entry<String, PersonChanges> entry : byId.entrySet()) {
            PersonChanges changes = entry.getValue();
            PersonRow row = editor.apply(editor.blank(entry.getKey(), false, now), changes, now);
            rows.add(row);
            List<Contact> theirContacts = editor.contacts(changes, List.of());
            contacts.put(row.id(), theirContacts);
            List<String> theirTags = changes.tags() == null ? List.of() : editor.tags(changes.tags());
            if (!theirTags.isEmpty()) {
                tagged.put(row.id(), theirTags);
            }
            if (moreTerms != null) {
                docs.put(row.id(), SearchIndex.doc(row.name(), row.nickname(), theirContacts, theirTags,
                        moreTerms.getOrDefault(row.id(), List.of())));
            }
        }
        people.insertAll(account, rows, docs);
        contactPoints.insertContacts(account, contacts);
        tags.addAll(account, tagged);
        byId.forEach((id, changes) -> {
            if (changes.addresses() != null && !changes.addresses().isEmpty()) {
                contactPoints.replaceAddresses(account, id, editor.addresses(changes.addresses()));
            }
        });
        announce.changed(account, byId.keySet());
    }

    private String createUnindexed(AccountId account, PersonChanges changes, boolean self) {
        if (changes.name() == null || changes.name().isBlank()) {
            throw new InvalidInputException("name", "is required");
        }
        Instant now = clock.instant();
        PersonRow row = editor.apply(editor.blank(Ids.newId(), self, now), changes, now);
        people.insert(account, row);
        contactPoints.insertContacts(account, Map.of(row.id(), editor.contacts(changes, List.of())));
        if (changes.addresses() != null) {
            contactPoints.replaceAddresses(account, row.id(), editor.addresses(changes.addresses()));
        }
        if (changes.tags() != null) {
            tags.set(account, row.id(), editor.tags(changes.tags()));
        }
        return row.id();
    }

    @Transactional
    public Person update(AccountId account, String id, PersonChanges changes) {
        PersonRow current = row(account, id);
        Instant now = clock.instant();
        people.update(account, editor.apply(current, changes, now));
        if (changes.emails() != null || changes.phones() != null || changes.urls() != null) {
            contactPoints.replaceContacts(account, current.id(),
                    editor.contacts(changes, contactPoints.contacts(account, current.id())));
        }
        if (changes.addresses() != null) {
            contactPoints.replaceAddresses(account, current.id(), editor.addresses(changes.addresses()));
        }
        if (changes.tags() != null) {
            tags.set(account, current.id(), editor.tags(changes.tags()));
        }
        searchIndex.refresh(account, List.of(current.id()));
        announce.changed(account, List.of(current.id()));
        return get(account, current.id());
    }

    @Transactional
    public void delete(AccountId account, String id) {
        PersonRow row = row(account, id);
        if (row.self()) {
            throw new ConflictException("you cannot delete yourself; delete the account instead");
        }
        people.delete(account, row.id());
        announce.deleted(account, List.of(row.id()));
    }

    public Person get(AccountId account, String id) {
        PersonRow row = row(account, id);
        List<Contact> contacts = contactPoints.contacts(account, row.id());
        return person(row, contacts, contactPoints.addresses(account, row.id()),
                tags.namesFor(account, List.of(row.id())).getOrDefault(row.id(), List.of()));
    }

    /**
     * These people (ids as resolved; unknown ids left out), in the order asked, read a chunk at a
     * time with a few statements per chunk, for address books and exports that read many.
     */
    public List<Person> getAll(AccountId account, Collection<String> ids) {
        List<Person> found = new ArrayList<>(ids.size());
        for (List<String> chunk : Chunks.of(ids)) {
            Map<String, PersonRow> rows = new HashMap<>();
            people.findAll(account, chunk).forEach(r -> rows.put(r.id(), r));
            Map<String, List<Contact>> contacts = contactPoints.contacts(account, rows.keySet());
            Map<String, List<PostalAddress>> addresses = contactPoints.addresses(account, rows.keySet());
            Map<String, List<String>> tagNames = tags.namesFor(account, rows.keySet());
            for (String id : chunk) {
                PersonRow row = rows.get(id);
                if (row != null) {
                    found.add(person(row, contacts.getOrDefault(id, List.of()), addresses.getOrDefault(id, List.of()),
                            tagNames.getOrDefault(id, List.of())));
                }
            }
        }
        return found;
    }

    private static Person person(PersonRow row, List<Contact> contacts, List<PostalAddress> addresses,
                                 List<String> tagNames) {
        return new Person(row.id(), row.name(), row.nickname(), ContactInfo.of(contacts, addresses), row.birthday(),
                row.howWeMet(), row.relationship(), tagNames, row.notes(), row.self(), row.createdAt(),
                row.updatedAt());
    }

    /** The id of a person of this account ("self" allowed); unknown ids, and other accounts' ids, are not found. */
    public String resolve(AccountId account, String idOrSelf) {
        if (SELF.equals(idOrSelf)) {
            return selfId(account);
        }
        if (!Ids.looksValid(idOrSelf) || people.existing(account, List.of(idOrSelf)).isEmpty()) {
            throw new NotFoundException("person", String.valueOf(idOrSelf));
        }
        return idOrSelf;
    }

    /** Resolves every id ("self" allowed), failing on the first that is not this account's. */
    public List<String> resolveAll(AccountId account, Collection<String> idsOrSelf) {
        List<String> ids = new ArrayList<>(new LinkedHashSet<>(idsOrSelf.stream()
                .map(id -> SELF.equals(id) ? selfId(account) : id).toList()));
        List<String> known = people.existing(account, ids.stream().filter(Ids::looksValid).toList());
        for (String id : ids) {
            if (!known.contains(id)) {
                throw new NotFoundException("person", id);
            }
        }
        return ids;
    }

    public String selfId(AccountId account) {
        return people.selfId(account).orElseThrow(() -> new NotFoundException("person", SELF));
    }

    /** The tags of each of these people (ids as resolved), by name; people without tags are left out. */
    public Map<String, List<String>> tagNames(AccountId account, Collection<String> ids) {
        return tags.namesFor(account, ids);
    }

    public Page<PersonSummary> list(AccountId account, PeopleFilter filter, Page.Request page) {
        Page<PersonRow> rows = listing.list(account, filter, page);
        List<String> ids = rows.items().stream().map(PersonRow::id).toList();
        Map<String, List<Contact>> contacts = contactPoints.contacts(account, ids);
        Map<String, List<String>> tagNames = tags.namesFor(account, ids);
        return rows.map(r -> new PersonSummary(r.id(), r.name(), r.nickname(),
                ContactInfo.values(contacts.getOrDefault(r.id(), List.of()), ContactKind.EMAIL), r.relationship(),
                tagNames.getOrDefault(r.id(), List.of()), r.self()));
    }

    /** The people of this account with this email address (case ignored), for matching imports. */
    public List<String> withEmail(AccountId account, String email) {
        if (email == null || email.isBlank()) {
            return List.of();
        }
        return contactPoints.withContact(account, ContactKind.EMAIL, email.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * The people of this account with each of these email addresses (case ignored), by address as
     * given in lower case; addresses nobody has are left out. A few hundred addresses per query.
     */
    public Map<String, List<String>> withEmails(AccountId account, Collection<String> emails) {
        Set<String> wanted = new LinkedHashSet<>();
        emails.stream().filter(e -> e != null && !e.isBlank()).forEach(e -> wanted.add(e.strip().toLowerCase(Locale.ROOT)));
        Map<String, List<String>> found = new HashMap<>();
        for (List<String> chunk : Chunks.of(wanted)) {
            found.putAll(contactPoints.withContacts(account, ContactKind.EMAIL, chunk));
        }
        return found;
    }

    /** Display names of the given people of this account, by id. */
    public Map<String, String> names(AccountId account, Collection<String> ids) {
        Map<String, String> names = new HashMap<>();
        for (List<String> chunk : Chunks.of(ids)) {
            names.putAll(people.displayNames(account, chunk));
        }
        return names;
    }

    /** Everyone the account knows (not its own person), id to display name, in name order: one query. */
    public Map<String, String> allNames(AccountId account) {
        return people.allNames(account);
    }

    /** The people of this account with this LinkedIn profile, however its address is written. */
    public List<String> withLinkedIn(AccountId account, String url) {
        String key = url == null || url.isBlank() ? null : ContactNormalizer.linkedinKey(url);
        return key == null ? List.of() : contactPoints.withContact(account, ContactKind.LINKEDIN, key);
    }

    /** Every person of the account with what imports match on; one pass, for large imports. */
    public List<PersonKeys> keys(AccountId account) {
        return people.keys(account);
    }

    /** A person's photo, if they have one ("self" allowed). */
    public Optional<Photo> photo(AccountId account, String id) {
        return photos.find(account, row(account, id).id());
    }

    /** Sets a person's photo, replacing any they had. */
    @Transactional
    public void setPhoto(AccountId account, String id, Photo photo) {
        String personId = row(account, id).id();
        quotas.check(Quotas.Kind.PHOTO_BYTES, photo.bytes().length, () -> photos.bytesBesides(account, personId));
        photos.put(account, personId, photo);
        announce.changed(account, List.of(personId));
    }

    /** Removes a person's photo, if they have one. */
    @Transactional
    public void removePhoto(AccountId account, String id) {
        String personId = row(account, id).id();
        if (photos.delete(account, personId)) {
            announce.changed(account, List.of(personId));
        }
    }

    /** Which of these people (ids as resolved) have a photo. */
    public Set<String> withPhotos(AccountId account, Collection<String> ids) {
        Set<String> found = new HashSet<>();
        for (List<String> chunk : Chunks.of(ids)) {
            found.addAll(photos.withPhotos(account, chunk));
        }
        return found;
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

    /** Rebuilds the search entries of these people, after something they are found by has changed. */
    @Transactional
    public void refreshSearch(AccountId account, Collection<String> ids) {
        searchIndex.refresh(account, ids);
        announce.changed(account, ids);
    }

    @Transactional
    public void refreshAllSearch(AccountId account) {
        List<String> all = people.allIds(account);
        searchIndex.refresh(account, all);
        announce.changed(account, all);
    }

    /** Tells the other modules that every person of the account is new to them, after a restore wrote the rows. */
    @Transactional
    public void restored(AccountId account) {
        announce.changed(account, people.allIds(account));
    }

    /** Puts each of these people in a circle (a bulk action), all or nothing. */
    @Transactional
    public void setCircleAll(AccountId account, Collection<String> personIds, String circle) {
        PersonChanges inCircle = PersonChanges.builder().circle(circle).build();
        resolveAll(account, personIds).forEach(id -> update(account, id, inCircle));
    }

    /** Deletes each of these people (a bulk action), all or nothing; yourself is refused like one by one. */
    @Transactional
    public void deleteAll(AccountId account, Collection<String> personIds) {
        resolveAll(account, personIds).forEach(id -> delete(account, id));
    }

    private PersonRow row(AccountId account, String idOrSelf) {
        if (SELF.equals(idOrSelf)) {
            return people.find(account, selfId(account)).orElseThrow();
        }
        if (!Ids.looksValid(idOrSelf)) {
            throw new NotFoundException("person", String.valueOf(idOrSelf));
        }
        return people.find(account, idOrSelf).orElseThrow(() -> new NotFoundException("person", idOrSelf));
    }
}
