package app.kith.people;

import app.kith.shared.AccountId;
import app.kith.shared.Ids;
import app.kith.shared.NotFoundException;
import app.kith.shared.Page;
import app.kith.storage.Chunks;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Reads people for {@link PeopleService}: one person whole, many a chunk at a time, lookups by id and contact. */
@Component
class PersonReads {
    private final People people;
    private final ContactPoints contactPoints;
    private final PeopleListing listing;
    private final Tags tags;
    private final Photos photos;

    PersonReads(People people, ContactPoints contactPoints, PeopleListing listing, Tags tags, Photos photos) {
        this.people = people;
        this.contactPoints = contactPoints;
        this.listing = listing;
        this.tags = tags;
        this.photos = photos;
    }

    Person get(AccountId account, String id) {
        PersonRow row = row(account, id);
        return person(row, contactPoints.contacts(account, row.id()), contactPoints.addresses(account, row.id()),
                tags.namesFor(account, List.of(row.id())).getOrDefault(row.id(), List.of()));
    }

    List<Person> getAll(AccountId account, Collection<String> ids) {
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

    String resolve(AccountId account, String idOrSelf) {
        return resolveAll(account, Collections.singletonList(idOrSelf)).getFirst();
    }

    /** The ids, "self" resolved, each checked to be a person of this account (once per read-only transaction). */
    List<String> resolveAll(AccountId account, Collection<String> idsOrSelf) {
        String self = idsOrSelf.stream().anyMatch(PeopleService.SELF::equals) ? selfId(account) : null;
        List<String> ids = new ArrayList<>(new LinkedHashSet<>(idsOrSelf.stream()
                .map(id -> PeopleService.SELF.equals(id) ? self : id).toList()));
        Optional<KnownPeople> known = KnownPeople.current();
        List<String> unknown = ids.stream().filter(id -> self == null || !self.equals(id))
                .filter(id -> known.isEmpty() || !known.get().has(account, id)).toList();
        if (unknown.isEmpty()) {
            return ids;
        }
        Set<String> found = new HashSet<>(people.existing(account, unknown.stream().filter(Ids::looksValid).toList()));
        for (String id : unknown) {
            if (!found.contains(id)) {
                throw new NotFoundException("person", String.valueOf(id));
            }
        }
        known.ifPresent(k -> k.add(account, found));
        return ids;
    }

    String selfId(AccountId account) {
        Optional<KnownPeople> known = KnownPeople.current();
        Optional<String> self = known.flatMap(k -> k.self(account)).or(() -> people.selfId(account));
        String id = self.orElseThrow(() -> new NotFoundException("person", PeopleService.SELF));
        known.ifPresent(k -> k.self(account, id));
        return id;
    }

    /** The row of a person of this account ("self" allowed); unknown ids, and other accounts' ids, are not found. */
    PersonRow row(AccountId account, String idOrSelf) {
        if (PeopleService.SELF.equals(idOrSelf)) {
            return people.find(account, selfId(account)).orElseThrow();
        }
        if (!Ids.looksValid(idOrSelf)) {
            throw new NotFoundException("person", String.valueOf(idOrSelf));
        }
        PersonRow row = people.find(account, idOrSelf).orElseThrow(() -> new NotFoundException("person", idOrSelf));
        KnownPeople.current().ifPresent(k -> k.add(account, List.of(row.id())));
        return row;
    }

    Page<PersonSummary> list(AccountId account, PeopleFilter filter, Page.Request page) {
        Page<PersonRow> rows = listing.list(account, filter, page);
        List<String> ids = rows.items().stream().map(PersonRow::id).toList();
        Map<String, List<Contact>> contacts = contactPoints.contacts(account, ids);
        Map<String, List<String>> tagNames = tags.namesFor(account, ids);
        return rows.map(r -> new PersonSummary(r.id(), r.name(), r.nickname(),
                ContactInfo.values(contacts.getOrDefault(r.id(), List.of()), ContactKind.EMAIL), r.relationship(),
                tagNames.getOrDefault(r.id(), List.of()), r.self()));
    }

    List<String> withEmail(AccountId account, String email) {
        if (email == null || email.isBlank()) {
            return List.of();
        }
        return contactPoints.withContact(account, ContactKind.EMAIL, email.strip().toLowerCase(Locale.ROOT));
    }

    Map<String, List<String>> withEmails(AccountId account, Collection<String> emails) {
        Set<String> wanted = new LinkedHashSet<>();
        emails.stream().filter(e -> e != null && !e.isBlank()).forEach(e -> wanted.add(e.strip().toLowerCase(Locale.ROOT)));
        Map<String, List<String>> found = new HashMap<>();
        for (List<String> chunk : Chunks.of(wanted)) {
            found.putAll(contactPoints.withContacts(account, ContactKind.EMAIL, chunk));
        }
        return found;
    }

    List<String> withLinkedIn(AccountId account, String url) {
        String key = url == null || url.isBlank() ? null : ContactNormalizer.linkedinKey(url);
        return key == null ? List.of() : contactPoints.withContact(account, ContactKind.LINKEDIN, key);
    }

    Map<String, String> names(AccountId account, Collection<String> ids) {
        Map<String, String> names = new HashMap<>();
        for (List<String> chunk : Chunks.of(ids)) {
            names.putAll(people.displayNames(account, chunk));
        }
        return names;
    }

    Optional<Photo> photo(AccountId account, String id) {
        return photos.find(account, row(account, id).id());
    }

    Set<String> withPhotos(AccountId account, Collection<String> ids) {
        Set<String> found = new HashSet<>();
        for (List<String> chunk : Chunks.of(ids)) {
            found.addAll(photos.withPhotos(account, chunk));
        }
        return found;
    }
}
