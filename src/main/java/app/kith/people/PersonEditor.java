package app.kith.people;

import app.kith.shared.Choice;
import app.kith.shared.InvalidInputException;
import app.kith.shared.Patch;
import app.kith.shared.Text;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Checks a {@link PersonChanges} field by field and applies it; every message names the field. */
@Component
class PersonEditor {
    private final ContactNormalizer normalizer;

    PersonEditor(ContactNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    PersonRow blank(String id, boolean self, Instant now) {
        return new PersonRow(id, "", null, null, null, Relationship.newcomer(self), null, self, now, now);
    }

    PersonRow apply(PersonRow r, PersonChanges c, Instant now) {
        String name = Patch.field(c.name(), r.name(), v -> Text.required("name", v, 200));
        return new PersonRow(r.id(), name,
                Patch.field(c.nickname(), r.nickname(), v -> Text.limited("nickname", v, 100)),
                Patch.field(c.birthday(), r.birthday(), Birthday::parse),
                Patch.field(c.howWeMet(), r.howWeMet(), v -> Text.limited("howWeMet", v, 2000)),
                relationship(r.relationship(), c),
                Patch.field(c.notes(), r.notes(), v -> Text.limited("notes", v, 20000)),
                r.self(), r.createdAt(), now);
    }

    /** The relationship after the change: each field given replaces the current one. */
    private static Relationship relationship(Relationship r, PersonChanges c) {
        Integer cadence = r.cadenceDays();
        if (c.cadenceDays() != null) {
            if (c.cadenceDays() < 0 || c.cadenceDays() > 3650) {
                throw new InvalidInputException("cadenceDays", "must be between 1 and 3650 days (0 to use the circle's)");
            }
            cadence = c.cadenceDays() == 0 ? null : c.cadenceDays();
        }
        PartnershipStage stage = Patch.field(c.partnershipStage(), r.partnershipStage(),
                v -> Choice.parse(PartnershipStage.class, "partnershipStage", v));
        String partnershipCase = Patch.field(c.partnershipCase(), r.partnershipCase(),
                v -> Text.limited("partnershipCase", v, 5000));
        if ((stage == PartnershipStage.PROPOSED || stage == PartnershipStage.ACTIVE) && partnershipCase == null) {
            // A partnership has to make sense for both sides; Kith asks for the reasons in writing first.
            throw new InvalidInputException("partnershipCase",
                    "write why the partnership makes sense for both sides before it is " + stage.wire());
        }
        return new Relationship(
                Patch.field(c.circle(), r.circle(),
                        v -> orDefault(Choice.parse(Circle.class, "circle", v), Circle.NONE)),
                cadence,
                Patch.field(c.kind(), r.kind(),
                        v -> orDefault(Choice.parse(RelationshipKind.class, "kind", v), RelationshipKind.FRIENDSHIP)),
                Patch.field(c.trust(), r.trust(),
                        v -> orDefault(Choice.parse(TrustStage.class, "trust", v), TrustStage.NEW)),
                Patch.field(c.bridge(), r.bridge(),
                        v -> orDefault(Choice.parse(BridgeStatus.class, "bridge", v), BridgeStatus.OK)),
                stage, partnershipCase);
    }

    /** The contact points after the change: lists given replace that kind, lists not given are kept. */
    List<Contact> contacts(PersonChanges c, List<Contact> existing) {
        Map<String, Contact> result = new LinkedHashMap<>();
        if (c.emails() == null) {
            keep(existing, result, ContactKind.EMAIL);
        } else {
            c.emails().stream().filter(v -> v != null && !v.isBlank()).map(normalizer::email).forEach(x -> put(result, x));
        }
        if (c.phones() == null) {
            keep(existing, result, ContactKind.PHONE);
        } else {
            c.phones().stream().filter(v -> v != null && !v.isBlank()).map(normalizer::phone).forEach(x -> put(result, x));
        }
        if (c.urls() == null) {
            keep(existing, result, ContactKind.URL);
            keep(existing, result, ContactKind.LINKEDIN);
        } else {
            c.urls().stream().filter(v -> v != null && !v.isBlank()).map(normalizer::url).forEach(x -> put(result, x));
        }
        return new ArrayList<>(result.values());
    }

    List<PostalAddress> addresses(List<PostalAddress> given) {
        List<PostalAddress> clean = new ArrayList<>();
        for (PostalAddress a : given) {
            if (a == null) {
                continue;
            }
            PostalAddress c = new PostalAddress(Text.limited("addresses.label", a.label(), 50),
                    Text.limited("addresses.street", a.street(), 500),
                    Text.limited("addresses.locality", a.locality(), 200),
                    Text.limited("addresses.region", a.region(), 200),
                    Text.limited("addresses.postalCode", a.postalCode(), 50),
                    Text.limited("addresses.country", a.country(), 100));
            if (c.street() != null || c.locality() != null || c.postalCode() != null || c.country() != null) {
                clean.add(c);
            }
        }
        return clean;
    }

    List<String> tags(List<String> given) {
        Map<String, String> byKey = new LinkedHashMap<>();
        for (String tag : given) {
            String clean = tag("tags", tag);
            if (clean != null) {
                byKey.putIfAbsent(Tags.key(clean), clean);
            }
        }
        if (byKey.isEmpty() && !given.isEmpty() && given.stream().anyMatch(t -> t != null && !t.isBlank())) {
            throw new InvalidInputException("tags", "a tag needs a name");
        }
        return new ArrayList<>(byKey.values());
    }

    /** One tag name, cleaned; null when blank. Problems name {@code field}, as the caller calls it. */
    String tag(String field, String given) {
        String clean = Text.clean(given);
        if (clean == null) {
            return null;
        }
        if (clean.length() > 60) {
            throw new InvalidInputException(field, "'" + clean + "' is longer than 60 characters");
        }
        if (Tags.key(clean).isEmpty()) {
            throw new InvalidInputException(field, "'" + clean + "' has no letters or digits");
        }
        return clean;
    }

    private static void keep(List<Contact> existing, Map<String, Contact> result, ContactKind kind) {
        existing.stream().filter(x -> x.kind() == kind).forEach(x -> put(result, x));
    }

    private static void put(Map<String, Contact> result, Contact contact) {
        result.putIfAbsent(contact.kind() + ":" + contact.normalized(), contact);
    }

    private static <T> T orDefault(T value, T fallback) {
        return value == null ? fallback : value;
    }
}
