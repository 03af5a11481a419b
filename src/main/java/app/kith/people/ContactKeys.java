package app.kith.people;

import app.kith.shared.KithException;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * The forms Kith matches contact points on, for imports and the duplicate finder: the same
 * normalization as when they are stored. A value that is not a usable contact point gives null.
 */
@Component
public class ContactKeys {
    private final ContactNormalizer normalizer;

    ContactKeys(ContactNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    public String email(String raw) {
        return key(() -> normalizer.email(raw));
    }

    public String phone(String raw) {
        return key(() -> normalizer.phone(raw));
    }

    /** The canonical LinkedIn profile ({@code linkedin.com/in/slug}), or null when it is not one. */
    public String linkedin(String raw) {
        return raw == null || raw.isBlank() ? null : ContactNormalizer.linkedinKey(raw);
    }

    /** A web address as stored: LinkedIn profiles and other http(s) addresses; null when unusable. */
    public String url(String raw) {
        return key(() -> normalizer.url(raw));
    }

    private static String key(Supplier<Contact> contact) {
        try {
            return contact.get().normalized();
        } catch (KithException | IllegalArgumentException e) {
            return null;
        }
    }
}
