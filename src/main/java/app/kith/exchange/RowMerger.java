package app.kith.exchange;

import app.kith.people.PostalAddress;
import app.kith.shared.Ids;
import app.kith.shared.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Applies a row to the person it is about, in memory: a new person is planned with everything the
 * row has; a match only gains what it lacks, and values that differ from what Kith holds are
 * reported as conflicts, never overwritten. People who gain something wait in {@link #drafted} for
 * the chunk to be written.
 */
final class RowMerger {
    private final Matcher matcher;
    private final Tally tally;
    private final List<Known> drafted = new ArrayList<>();

    RowMerger(Matcher matcher, Tally tally) {
        this.matcher = matcher;
        this.tally = tally;
    }

    /**
     * The person a row is about: matched (and filled in) or planned as new. Rows about a person count
     * as created, updated, merged or skipped; someone only named by an interaction counts when created
     * or updated.
     */
    Known person(Imported.Person p, RowKeys keys, Known match, boolean isRow) {
        if (match == null) {
            String name = Clean.clip(p.name(), 200);
            Known k = Known.created(Ids.newId(), name, keys.organization(),
                    Objects.equals(name, p.name()) ? keys.name() : null);
            add(k, p, keys);
            matcher.register(k);
            k.seen = true;
            tally.created++;
            queue(k);
            return k;
        }
        boolean changed = add(match, p, keys);
        if (match.seen) {
            tally.merged += isRow ? 1 : 0;
        } else if (changed) {
            tally.updated++;
        } else {
            tally.skipped += isRow ? 1 : 0;
        }
        match.seen = true;
        if (changed) {
            matcher.register(match);
            queue(match);
        }
        return match;
    }

    /** Your own birthday, from your profile, unless Kith already has one. */
    void ownBirthday(Imported.OwnBirthday b) {
        Known self = matcher.self();
        fill(self, b, "birthday", self.birthday, b.birthday(), v -> self.birthday = self.draft().birthday = v);
        queue(self);
    }

    /** The people with something to write since the last call, each once. */
    List<Known> takeDrafted() {
        List<Known> taken = List.copyOf(drafted);
        drafted.clear();
        taken.forEach(k -> k.queued = false);
        return taken;
    }

    private void queue(Known k) {
        if (!k.queued && k.draft != null) {
            k.queued = true;
            drafted.add(k);
        }
    }

    /** Adds what the row has and the person lacks; true when anything was added. */
    private boolean add(Known k, Imported.Person p, RowKeys keys) {
        Known.Draft draft = k.draft();
        int before = draft.size();
        if (!k.isNew && p.name() != null && !p.name().equals(k.name) && !keys.name().equals(k.folded())) {
            tally.conflict(p, "name: Kith has '" + k.name + "', the file says '" + p.name() + "'; kept '" + k.name
                    + "'");
        }
        for (RowKeys.Value email : keys.emails()) {
            if (email.key() == null) {
                tally.error(p, "'" + email.raw() + "' is not an email address; left out");
            } else if (k.emails.add(email.key())) {
                draft.emails.add(email.raw().strip());
            }
        }
        for (RowKeys.Value phone : keys.phones()) {
            if (phone.key() == null) {
                tally.error(p, "'" + phone.raw() + "' is not a phone number; left out");
            } else if (k.phones.add(phone.key())) {
                draft.phones.add(phone.raw().strip());
            }
        }
        for (RowKeys.Value url : keys.urls()) {
            if (url.key() == null) {
                tally.error(p, "'" + url.raw() + "' is not a web address; left out");
            } else if (url.linkedin() ? k.linkedins.add(url.key()) : k.urls.add(url.key())) {
                draft.urls.add(url.raw().strip());
            }
        }
        for (String tag : p.tags()) {
            String clean = Clean.words(tag);
            String key = clean == null ? "" : Text.fold(clean);
            if (key.isEmpty() || clean.length() > 60) {
                tally.error(p, "'" + tag + "' cannot be a tag; left out");
            } else if (k.tags.add(key)) {
                draft.tags.add(clean);
            }
        }
        if (!k.hasAddress && !p.addresses().isEmpty()) {
            p.addresses().stream().map(RowMerger::clipped).forEach(draft.addresses::add);
            k.hasAddress = true;
        }
        if (!k.hasPhoto && p.photo() != null) {
            draft.photo = p.photo();
            k.hasPhoto = true;
        }
        fill(k, p, "nickname", k.nickname, Clean.clip(p.nickname(), 100), v -> k.nickname = draft.nickname = v);
        fill(k, p, "birthday", k.birthday, p.birthday(), v -> k.birthday = draft.birthday = v);
        fill(k, p, "notes", k.notes, p.notes(), v -> k.notes = draft.notes = v);
        return draft.size() > before;
    }

    private void fill(Known k, Imported at, String field, String current, String given, Consumer<String> set) {
        if (given == null || given.isBlank()) {
            return;
        }
        if (current == null || current.isBlank()) {
            set.accept(given);
        } else if (!current.strip().equals(given.strip()) && !k.isNew) {
            tally.conflict(at, field + " of " + k.name + ": Kith has '" + shorten(current) + "', the file says '"
                    + shorten(given) + "'; kept Kith's");
        }
    }

    private static PostalAddress clipped(PostalAddress a) {
        return new PostalAddress(Clean.clip(a.label(), 50), Clean.clip(a.street(), 500), Clean.clip(a.locality(), 200),
                Clean.clip(a.region(), 200), Clean.clip(a.postalCode(), 50), Clean.clip(a.country(), 100));
    }

    private static String shorten(String text) {
        String t = text.strip().replace('\n', ' ');
        return t.length() > 60 ? t.substring(0, 60) + "..." : t;
    }
}
