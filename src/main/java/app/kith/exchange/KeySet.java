package app.kith.exchange;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A set of keys that holds none or one without a hash table: an import keeps several per person
 * (emails, profiles, jobs, interactions) for everyone in the account and the file, most with one key.
 */
final class KeySet {
    /** Null, the one key, or a set of them. */
    private Object keys;

    /** Adds the key; false when it was there already. */
    boolean add(String key) {
        if (keys == null) {
            keys = key;
            return true;
        }
        if (keys instanceof String one) {
            if (one.equals(key)) {
                return false;
            }
            Set<String> set = new HashSet<>(4);
            set.add(one);
            set.add(key);
            keys = set;
            return true;
        }
        return set().add(key);
    }

    void addAll(Collection<String> all) {
        all.forEach(this::add);
    }

    void forEach(Consumer<String> each) {
        if (keys instanceof String one) {
            each.accept(one);
        } else if (keys != null) {
            set().forEach(each);
        }
    }

    @SuppressWarnings("unchecked")
    private Set<String> set() {
        return (Set<String>) keys;
    }
}
