package app.kith.exchange;

import app.kith.people.PersonKeys;
import app.kith.shared.AccountId;
import app.kith.shared.BadDataException;
import app.kith.shared.Text;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the person a row is about among the account's people and those the import has planned so
 * far: by LinkedIn profile, then email, then phone, then name with organization. The account's
 * people are read once, when the import starts.
 */
final class Matcher {
    private final Map<String, Known> byLinkedin = new HashMap<>();
    private final Map<String, Known> byEmail = new HashMap<>();
    private final Map<String, Known> byPhone = new HashMap<>();
    private final Map<Known.NameKey, Known> byNameAndOrganization = new HashMap<>();
    private final Map<String, List<Known>> byName = new HashMap<>();
    private Known self;

    static Matcher of(AccountId account, ImportContext kith) {
        List<PersonKeys> all = kith.people().keys(account);
        List<String> ids = all.stream().map(PersonKeys::id).toList();
        Map<String, String> employers = new HashMap<>();
        kith.organizations().currentEmployment(account, ids)
                .forEach((id, a) -> employers.put(id, a.organizationName()));
        Set<String> withPhotos = kith.people().withPhotos(account, ids);
        Matcher matcher = new Matcher();
        for (PersonKeys keys : all) {
            Known k = Known.of(keys, employers.get(keys.id()));
            k.hasPhoto = withPhotos.contains(keys.id());
            matcher.register(k);
            if (k.self) {
                matcher.self = k;
            }
        }
        return matcher;
    }

    /**
     * The person a row is about, or null. For someone only named in passing (a message, an
     * invitation: {@code loose}), a name that only one person has is enough.
     */
    Known match(RowKeys row, boolean loose) {
        for (RowKeys.Value url : row.urls()) {
            Known k = url.linkedin() ? byLinkedin.get(url.key()) : null;
            if (k != null) {
                return k;
            }
        }
        Known k = first(byEmail, row.emails());
        if (k == null) {
            k = first(byPhone, row.phones());
        }
        if (k != null) {
            return k;
        }
        if (loose) {
            List<Known> named = byName.getOrDefault(row.name(), List.of());
            if (named.size() == 1) {
                return named.getFirst();
            }
        }
        return byNameAndOrganization.get(new Known.NameKey(row.name(), Text.fold(row.organization())));
    }

    private static Known first(Map<String, Known> index, List<RowKeys.Value> values) {
        for (RowKeys.Value value : values) {
            Known k = value.key() == null ? null : index.get(value.key());
            if (k != null) {
                return k;
            }
        }
        return null;
    }

    /** Makes the person findable by everything they now have; earlier people keep the keys they share. */
    void register(Known k) {
        k.linkedins.forEach(l -> byLinkedin.putIfAbsent(l, k));
        k.emails.forEach(e -> byEmail.putIfAbsent(e, k));
        k.phones.forEach(p -> byPhone.putIfAbsent(p, k));
        byNameAndOrganization.putIfAbsent(k.nameKey(), k);
        List<Known> named = byName.computeIfAbsent(k.folded(), n -> new ArrayList<>(1));
        if (!named.contains(k)) {
            named.add(k);
        }
    }

    /** The account owner's own person, which a LinkedIn profile's jobs and birthday belong to. */
    Known self() {
        if (self == null) {
            throw new BadDataException("account", 0, "this account has no self person to add your own profile to");
        }
        return self;
    }
}
