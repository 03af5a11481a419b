package app.kith.exchange;

import app.kith.people.Photo;
import app.kith.people.PersonKeys;
import app.kith.people.PostalAddress;
import app.kith.shared.Text;
import java.util.ArrayList;
import java.util.List;

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
    final KeySet emails = new KeySet();
    final KeySet phones = new KeySet();
    final KeySet linkedins = new KeySet();
    final KeySet urls = new KeySet();
    final KeySet tags = new KeySet();
    /** "organization|role" of their affiliations; null until read (for people already in Kith). */
    KeySet affiliations;
    /** What their interactions are; null until read (for people already in Kith). */
    KeySet touches;
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
            affiliations = new KeySet();
            touches = new KeySet();
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

    /**
     * Values to add to a person; for a new person, everything they are created with. The lists hold
     * values whose keys the person did not have, so each value comes once.
     */
    static final class Draft {
        String name;
        String nickname;
        String birthday;
        String notes;
        final List<String> emails = new ArrayList<>();
        final List<String> phones = new ArrayList<>();
        final List<String> urls = new ArrayList<>();
        final List<String> tags = new ArrayList<>();
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
