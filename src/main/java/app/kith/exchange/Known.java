package app.kith.exchange;

import app.kith.people.Photo;
import app.kith.people.PersonKeys;
import app.kith.people.PostalAddress;
import app.kith.shared.Text;
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
    final String name;
    final String organization;
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
    /** Seen earlier in this import: a second row about them is a merge, not an update. */
    boolean seen;
    /** Waiting in the list of people with something to write. */
    boolean queued;
    /** What this import adds to them, written when the chunk is applied. */
    Draft draft;
    private String folded;
    private NameKey nameKey;

    private Known(String id, boolean isNew, boolean self, String name, String organization) {
        this.id = id;
        this.isNew = isNew;
        this.self = self;
        this.name = name;
        this.organization = organization;
        if (isNew) {
            affiliations = new HashSet<>();
            touches = new HashSet<>();
        }
    }

    /** Someone already in Kith, with their current employer. */
    static Known of(PersonKeys keys, String organization) {
        Known k = new Known(keys.id(), false, keys.self(), keys.name(), organization);
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

    /** Someone this import creates; {@code folded} is their name folded, when the caller has it. */
    static Known created(String id, String name, String organization, String folded) {
        Known k = new Known(id, true, false, name, organization);
        k.folded = folded;
        k.draft().name = name;
        return k;
    }

    /** The name as matching compares it (accents, case and punctuation folded), worked out once. */
    String folded() {
        if (folded == null) {
            folded = Text.fold(name);
        }
        return folded;
    }

    /** The name with the organization, for matching people by both. */
    NameKey nameKey() {
        if (nameKey == null) {
            nameKey = new NameKey(folded(), Text.fold(organization));
        }
        return nameKey;
    }

    Draft draft() {
        if (draft == null) {
            draft = new Draft();
        }
        return draft;
    }

    /** A folded name and folded organization. */
    record NameKey(String name, String organization) {
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
        Photo photo;

        boolean isEmpty() {
            return name == null && nickname == null && birthday == null && notes == null && photo == null
                    && emails.isEmpty() && phones.isEmpty() && urls.isEmpty() && tags.isEmpty() && addresses.isEmpty();
        }

        int size() {
            return emails.size() + phones.size() + urls.size() + tags.size() + addresses.size()
                    + (nickname == null ? 0 : 1) + (birthday == null ? 0 : 1) + (notes == null ? 0 : 1)
                    + (photo == null ? 0 : 1);
        }
    }
}
