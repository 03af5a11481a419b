package app.kith.people;

import java.util.List;

/**
 * What to set on a person. A null field means "leave as it is"; an empty text or empty list clears
 * it. On creation, {@code name} is required. {@code cadenceDays} of 0 means "use the circle's default".
 */
public record PersonChanges(
        String name,
        String nickname,
        List<String> emails,
        List<String> phones,
        List<String> urls,
        List<PostalAddress> addresses,
        String birthday,
        String howWeMet,
        String circle,
        Integer cadenceDays,
        String kind,
        String trust,
        String partnershipStage,
        String partnershipCase,
        String bridge,
        List<String> tags,
        String notes) {

    public static PersonChanges named(String name) {
        return new PersonChanges(name, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null);
    }

    public PersonChanges withName(String value) {
        return new PersonChanges(value, nickname, emails, phones, urls, addresses, birthday, howWeMet, circle,
                cadenceDays, kind, trust, partnershipStage, partnershipCase, bridge, tags, notes);
    }
}
