package app.kith.people;

import app.kith.shared.AccountId;
import app.kith.shared.InvalidInputException;
import app.kith.shared.Text;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds people who look like one and merges two of them: the person kept takes the other's contact
 * points, tags and whatever fields it lacks; every module moves its own rows through
 * {@link PersonMergeParticipant}; the other person is then deleted. Nothing set on the person kept
 * is overwritten: differing values are reported as conflicts.
 */
@Service
public class PersonMerger {
    private final PeopleService people;
    private final List<PersonMergeParticipant> participants;

    PersonMerger(PeopleService people, List<PersonMergeParticipant> participants) {
        this.people = people;
        this.participants = participants;
    }

    /** Pairs of people sharing an email, phone or LinkedIn profile, or a name; the older one is the one to keep. */
    public List<DuplicatePair> duplicates(AccountId account) {
        List<PersonKeys> all = people.keys(account);
        Map<String, PersonKeys> firstByKey = new HashMap<>();
        Map<String, DuplicatePair> pairs = new LinkedHashMap<>();
        for (PersonKeys p : all) {
            List<String[]> keys = new ArrayList<>();
            p.linkedins().forEach(k -> keys.add(new String[] {"l:" + k, "the same LinkedIn profile"}));
            p.emails().forEach(k -> keys.add(new String[] {"e:" + k, "the same email " + k}));
            p.phones().forEach(k -> keys.add(new String[] {"p:" + k, "the same phone " + k}));
            String name = Text.fold(p.name());
            if (!name.isEmpty()) {
                keys.add(new String[] {"n:" + name, "the same name"});
            }
            for (String[] key : keys) {
                PersonKeys first = firstByKey.putIfAbsent(key[0], p);
                if (first != null && !first.id().equals(p.id()) && !p.self()) {
                    pairs.putIfAbsent(first.id() + "/" + p.id(),
                            new DuplicatePair(first.id(), first.name(), p.id(), p.name(), key[1]));
                }
            }
        }
        return List.copyOf(pairs.values());
    }

    /** Merges {@code otherId} into {@code keepId} ("self" allowed for the one kept) in one transaction. */
    @Transactional
    public MergeResult merge(AccountId account, String keepId, String otherId) {
        return merge(account, keepId, otherId, null);
    }

    /**
     * Merges as {@link #merge(AccountId, String, String)} does, then, in the same transaction, sets the
     * values the user picked per field ({@code chosen}; null fields stay as merged) on the person kept.
     * A conflict on a field the user picked is settled, so it is not reported.
     */
    @Transactional
    public MergeResult merge(AccountId account, String keepId, String otherId, PersonChanges chosen) {
        Person keep = people.get(account, keepId);
        Person other = people.get(account, otherId);
        if (keep.id().equals(other.id())) {
            throw new InvalidInputException("other", "a person cannot be merged with themselves");
        }
        if (other.self()) {
            throw new InvalidInputException("other", "you cannot be merged into someone else; keep self instead");
        }
        Set<String> settled = chosen == null ? Set.of() : settled(chosen);
        List<String> conflicts = new ArrayList<>();
        ContactInfo mine = keep.contact();
        ContactInfo theirs = other.contact();
        PersonChanges fill = PersonChanges.builder()
                .nickname(fill("nickname", keep.nickname(), other.nickname(), conflicts))
                .emails(union(mine.emails(), theirs.emails())).phones(union(mine.phones(), theirs.phones()))
                .urls(union(mine.urls(), theirs.urls()))
                .addresses(mine.addresses().isEmpty() && !theirs.addresses().isEmpty() ? theirs.addresses() : null)
                .birthday(fill("birthday", str(keep.birthday()), str(other.birthday()), conflicts))
                .howWeMet(fill("howWeMet", keep.howWeMet(), other.howWeMet(), conflicts))
                .cadenceDays(keep.relationship().cadenceDays() == null ? other.relationship().cadenceDays() : null)
                .tags(union(keep.tags(), other.tags()))
                .notes(fill("notes", keep.notes(), other.notes(), conflicts)).build();
        conflicts.removeIf(c -> settled.contains(c.substring(0, c.indexOf(':'))));
        if (!settled.contains("name") && !Objects.equals(Text.fold(keep.name()), Text.fold(other.name()))) {
            conflicts.add("name: kept '" + keep.name() + "', not '" + other.name() + "'");
        }
        for (PersonMergeParticipant participant : participants) {
            participant.merge(account, keep.id(), other.id());
        }
        people.delete(account, other.id());
        Person kept = people.update(account, keep.id(), fill);
        if (chosen != null) {
            kept = people.update(account, keep.id(), chosen);
        }
        return new MergeResult(kept, other.id(), conflicts);
    }

    /** The fields, as conflicts name them, that a choice of the user settles. */
    private static Set<String> settled(PersonChanges chosen) {
        Map<String, String> picked = new HashMap<>();
        picked.put("name", chosen.name());
        picked.put("nickname", chosen.nickname());
        picked.put("birthday", chosen.birthday());
        picked.put("howWeMet", chosen.howWeMet());
        picked.put("notes", chosen.notes());
        picked.values().removeIf(Objects::isNull);
        return picked.keySet();
    }

    private static String str(Birthday birthday) {
        return birthday == null ? null : birthday.toString();
    }

    private static String fill(String field, String kept, String other, List<String> conflicts) {
        if (other == null || other.isBlank()) {
            return null;
        }
        if (kept == null || kept.isBlank()) {
            return other;
        }
        if (!kept.strip().equals(other.strip())) {
            conflicts.add(field + ": kept '" + kept + "', not '" + other + "'");
        }
        return null;
    }

    private static List<String> union(List<String> kept, List<String> other) {
        if (other.isEmpty()) {
            return null;
        }
        List<String> all = new ArrayList<>(kept);
        all.addAll(other);
        return all;
    }
}
