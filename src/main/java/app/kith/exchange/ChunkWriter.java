package app.kith.exchange;

import app.kith.interactions.Interaction;
import app.kith.interactions.InteractionService;
import app.kith.organizations.AffiliationChanges;
import app.kith.organizations.OrganizationService;
import app.kith.people.Birthday;
import app.kith.people.KnownAhead;
import app.kith.people.Person;
import app.kith.people.PersonChanges;
import app.kith.people.Photo;
import app.kith.shared.AccountId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes what an import planned for one chunk of a file, through the modules' services, inside the
 * import's transaction: people it creates, what people already in Kith gain, then affiliations and
 * interactions. The people module rebuilds their search entries once, before the import commits.
 */
final class ChunkWriter {
    private final AccountId account;
    private final ImportContext kith;

    /** What one chunk writes: the people with a draft, and the affiliations and interactions to add. */
    record Chunk(List<Known> people, List<AffiliationChanges> affiliations, List<Interaction> interactions) {
    }

    ChunkWriter(AccountId account, ImportContext kith) {
        this.account = account;
        this.kith = kith;
    }

    void write(Chunk chunk) {
        Map<String, PersonChanges> creates = new LinkedHashMap<>();
        Map<String, Photo> photos = new LinkedHashMap<>();
        for (Known k : chunk.people()) {
            Known.Draft d = k.draft;
            k.draft = null;
            if (d == null || d.isEmpty()) {
                continue;
            }
            if (d.photo != null) {
                photos.put(k.id, d.photo);
            }
            if (d.name != null) {
                creates.put(k.id, PersonChanges.builder().name(d.name).nickname(d.nickname)
                        .emails(List.copyOf(d.emails)).phones(List.copyOf(d.phones)).urls(List.copyOf(d.urls))
                        .addresses(d.addresses).birthday(birthday(d.birthday)).tags(List.copyOf(d.tags))
                        .notes(d.notes).build());
            } else {
                update(k.id, d);
            }
        }
        kith.people().createAll(account, creates, knownAhead(creates.keySet(), chunk));
        photos.forEach((id, photo) -> kith.people().setPhoto(account, id, photo));
        kith.organizations().addAffiliations(account, chunk.affiliations());
        kith.interactions().logAll(account, chunk.interactions());
    }

    /**
     * What the new people will have once the chunk is written (the search terms of their affiliations,
     * their latest real touch), so that their rows are written whole once.
     */
    private static KnownAhead knownAhead(Set<String> created, Chunk chunk) {
        Map<String, List<String>> terms = new HashMap<>();
        for (AffiliationChanges a : chunk.affiliations()) {
            if (created.contains(a.personId())) {
                terms.computeIfAbsent(a.personId(), k -> new ArrayList<>()).addAll(OrganizationService.searchTerms(a));
            }
        }
        Map<String, LocalDate> touches = new HashMap<>(InteractionService.latestRealTouches(chunk.interactions()));
        touches.keySet().retainAll(created);
        return new KnownAhead(terms, touches);
    }

    /** Adds what a person already in Kith gains; the update refreshes their search entry. */
    private void update(String id, Known.Draft d) {
        Person current = kith.people().get(account, id);
        kith.people().update(account, id, PersonChanges.builder().nickname(d.nickname)
                .emails(plus(current.contact().emails(), d.emails)).phones(plus(current.contact().phones(), d.phones))
                .urls(plus(current.contact().urls(), d.urls)).addresses(d.addresses.isEmpty() ? null : d.addresses)
                .birthday(birthday(d.birthday)).tags(plus(current.tags(), d.tags)).notes(d.notes).build());
    }

    private static String birthday(String text) {
        return text == null || Birthday.parse(text) == null ? null : text;
    }

    private static List<String> plus(List<String> current, List<String> added) {
        if (added.isEmpty()) {
            return null;
        }
        List<String> all = new ArrayList<>(current);
        all.addAll(added);
        return all;
    }
}
