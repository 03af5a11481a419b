package app.kith.exchange;

import app.kith.people.PersonKeys;
import app.kith.people.PostalAddress;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A person as an import sees them while it runs: what Kith holds (or will hold, for people the
 * import creates) and what the import has planned to add.
 */
final class Known {
    final String id;
    final boolean isNew;
    final boolean self;
    String name;
    String organization;
    String nickname;
    String birthday;
    String notes;
    boolean hasAddress;
    boolean hasPhoto;
    final Set<String> emails = new HashSet<>();
    final Set<String> phones = new HashSet<>();
    final Set<String> linkedins = new HashSet<>();
    final Set<String> urls = new HashSet<>();
    final Set<String> tags = new HashSet<>();
    /** "organization|role" of their affiliations; null until read (for people already in Kith). */
    Set<String> affiliations;
    /** What their interactions are; null until read (for people already in Kith). */
    Set<String> touches;
    private String folded;

    /** The name as matching compares it (accents, case and punctuation folded), worked out once. */
    String folded() {
        if (folded == null) {
            folded = app.kith.shared.Text.fold(name);
        }
        return folded;
    }

    /** Seen earlier in this import: a second row about them is a merge, not an update. */
    boolean seen;
    /** What this import adds to them, written when the chunk is applied. */
    Draft draft;

    Known(String id, boolean isNew, boolean self) {
        this.id = id;
        this.isNew = isNew;
        this.self = self;
        if (isNew) {
            affiliations = new HashSet<>();
            touches = new HashSet<>();
        }
    }

    static Known of(PersonKeys keys, String organization) {
        Known k = new Known(keys.id(), false, keys.self());
        k.name = keys.name();
        k.organization = organization;
        k.nickname = keys.nickname();
        k.birthday = keys.birthday() == null ? null : keys.birthday().toString();
        k.notes = keys.notes();
        k.hasAddress = keys.hasAddress();
        k.emails.addAll(keys.emails());
        k.phones.addAll(keys.phones());
        k.linkedins.addAll(keys.linkedins());
        k.urls.addAll(keys.urls());
        k.tags.addAll(keys.tags());
        return k;
    }

    /** Waiting in the importer's list of people with something to write. */
    boolean queued;

    Draft draft() {
        if (draft == null) {
            draft = new Draft();
        }
        return draft;
    }

    /** Values to add to a person; for a new person, everything they are created with. */
    static final class Draft {
        String name;
        String nickname;
        String birthday;
        String notes;
        final Set<String> emails = new LinkedHashSet<>();
        final Set<String> phones = new LinkedHashSet<>();
        final Set<String> urls = new LinkedHashSet<>();
        final Set<String> tags = new LinkedHashSet<>();
        final List<PostalAddress> addresses = new ArrayList<>();
        app.kith.people.Photo photo;

        boolean isEmpty() {
            return name == null && nickname == null && birthday == null && notes == null && photo == null
                    && emails.isEmpty() && phones.isEmpty() && urls.isEmpty() && tags.isEmpty() && addresses.isEmpty();
        }
    }
}
