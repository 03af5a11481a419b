package app.kith.people;

import app.kith.shared.AccountId;
import app.kith.shared.ConflictException;
import app.kith.shared.Ids;
import app.kith.shared.InvalidInputException;
import app.kith.storage.Quotas;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Writes people for {@link PeopleService}, inside its transactions: each write marks the people's search
 * entries for a rebuild and tells the other modules who changed.
 */
@Component
class PersonWrites {
    private final People people;
    private final PeopleBulkWrites bulk;
    private final PersonReads reads;
    private final ContactPoints contactPoints;
    private final Tags tags;
    private final PersonEditor editor;
    private final SearchIndex searchIndex;
    private final Photos photos;
    private final Quotas quotas;
    private final Announcements announce;
    private final Clock clock;

    PersonWrites(People people, PeopleBulkWrites bulk, PersonReads reads, ContactPoints contactPoints, Tags tags,
                 PersonEditor editor, SearchIndex searchIndex, Photos photos, Quotas quotas, Announcements announce,
                 Clock clock) {
        this.people = people;
        this.bulk = bulk;
        this.reads = reads;
        this.contactPoints = contactPoints;
        this.tags = tags;
        this.editor = editor;
        this.searchIndex = searchIndex;
        this.photos = photos;
        this.quotas = quotas;
        this.announce = announce;
        this.clock = clock;
    }

    /** Creates one person (the account's own when {@code self}) and says their id. */
    String create(AccountId account, PersonChanges changes, boolean self) {
        if (!self) {
            quotas.check(Quotas.Kind.PEOPLE, 1, () -> people.count(account));
        }
        if (changes.name() == null || changes.name().isBlank()) {
            throw new InvalidInputException("name", "is required");
        }
        Instant now = clock.instant();
        PersonRow row = editor.apply(editor.blank(Ids.newId(), self, now), changes, now);
        bulk.insert(account, row);
        contactPoints.insertContacts(account, Map.of(row.id(), editor.contacts(changes, List.of())));
        if (changes.addresses() != null && !changes.addresses().isEmpty()) {
            contactPoints.replaceAddresses(account, row.id(), editor.addresses(changes.addresses()));
        }
        if (changes.tags() != null) {
            tags.set(account, row.id(), editor.tags(changes.tags()));
        }
        searchIndex.refresh(account, List.of(row.id()));
        announce.created(account, List.of(row.id()));
        return row.id();
    }

    /**
     * Creates many people, by the ids the caller chose, a few hundred per statement, each row with the
     * search entry and last touch it will have by the commit as far as {@code ahead} tells.
     */
    void createAll(AccountId account, Map<String, PersonChanges> byId, KnownAhead ahead) {
        quotas.check(Quotas.Kind.PEOPLE, byId.size(), () -> people.count(account));
        Instant now = clock.instant();
        List<PersonRow> rows = new ArrayList<>(byId.size());
        Map<String, List<Contact>> contacts = new LinkedHashMap<>();
        Map<String, List<String>> tagged = new HashMap<>();
        Map<String, SearchIndex.Entry> entries = new HashMap<>();
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
            LocalDate touch = ahead.lastTouches().get(row.id());
            entries.put(row.id(), new SearchIndex.Entry(SearchIndex.doc(row.name(), row.nickname(), theirContacts,
                    theirTags, ahead.terms().getOrDefault(row.id(), List.of())),
                    touch == null ? null : (int) touch.toEpochDay()));
        }
        bulk.insertAll(account, rows, entries);
        searchIndex.written(account, entries);
        contactPoints.insertContacts(account, contacts);
        tags.addAll(account, tagged);
        byId.forEach((id, changes) -> {
            if (changes.addresses() != null && !changes.addresses().isEmpty()) {
                contactPoints.replaceAddresses(account, id, editor.addresses(changes.addresses()));
            }
        });
        searchIndex.refresh(account, byId.keySet());
        announce.created(account, byId.keySet());
    }

    /** Changes what {@code changes} names and says the person's id. */
    String update(AccountId account, String id, PersonChanges changes) {
        PersonRow current = reads.row(account, id);
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
        changed(account, List.of(current.id()));
        return current.id();
    }

    void delete(AccountId account, String id) {
        PersonRow row = reads.row(account, id);
        if (row.self()) {
            throw new ConflictException("you cannot delete yourself; delete the account instead");
        }
        people.delete(account, row.id());
        announce.deleted(account, List.of(row.id()));
    }

    void setPhoto(AccountId account, String id, Photo photo) {
        String personId = reads.row(account, id).id();
        quotas.check(Quotas.Kind.PHOTO_BYTES, photo.bytes().length, () -> photos.bytesBesides(account, personId));
        photos.put(account, personId, photo);
        announce.changed(account, List.of(personId));
    }

    void removePhoto(AccountId account, String id) {
        String personId = reads.row(account, id).id();
        if (photos.delete(account, personId)) {
            announce.changed(account, List.of(personId));
        }
    }

    private void changed(AccountId account, Collection<String> ids) {
        searchIndex.refresh(account, ids);
        announce.changed(account, ids);
    }
}
