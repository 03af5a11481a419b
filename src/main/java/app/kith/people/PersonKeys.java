package app.kith.people;

import java.util.Set;

/**
 * What imports match a person on and which of their fields are still empty: the normalized contact
 * points, the name, and the fields an import may fill in.
 */
public record PersonKeys(String id, String name, String nickname, Birthday birthday, String howWeMet, String notes,
                         boolean self, boolean hasAddress, Set<String> emails, Set<String> phones,
                         Set<String> linkedins, Set<String> urls, Set<String> tags) {
}
