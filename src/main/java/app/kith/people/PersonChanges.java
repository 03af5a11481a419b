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

    /** A change of nothing yet: set what changes on the builder. */
    public static Builder builder() {
        return new Builder();
    }

    public static PersonChanges named(String name) {
        return builder().name(name).build();
    }

    public PersonChanges withName(String value) {
        return toBuilder().name(value).build();
    }

    /** A builder holding these changes, to add or replace some. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.name = name;
        b.nickname = nickname;
        b.emails = emails;
        b.phones = phones;
        b.urls = urls;
        b.addresses = addresses;
        b.birthday = birthday;
        b.howWeMet = howWeMet;
        b.circle = circle;
        b.cadenceDays = cadenceDays;
        b.kind = kind;
        b.trust = trust;
        b.partnershipStage = partnershipStage;
        b.partnershipCase = partnershipCase;
        b.bridge = bridge;
        b.tags = tags;
        b.notes = notes;
        return b;
    }

    /** Sets only the fields called; the rest stay null ("leave as it is"). */
    public static final class Builder {
        private String name;
        private String nickname;
        private List<String> emails;
        private List<String> phones;
        private List<String> urls;
        private List<PostalAddress> addresses;
        private String birthday;
        private String howWeMet;
        private String circle;
        private Integer cadenceDays;
        private String kind;
        private String trust;
        private String partnershipStage;
        private String partnershipCase;
        private String bridge;
        private List<String> tags;
        private String notes;

        private Builder() {
        }

        public Builder name(String value) {
            name = value;
            return this;
        }

        public Builder nickname(String value) {
            nickname = value;
            return this;
        }

        public Builder emails(List<String> value) {
            emails = value;
            return this;
        }

        public Builder phones(List<String> value) {
            phones = value;
            return this;
        }

        public Builder urls(List<String> value) {
            urls = value;
            return this;
        }

        public Builder addresses(List<PostalAddress> value) {
            addresses = value;
            return this;
        }

        public Builder birthday(String value) {
            birthday = value;
            return this;
        }

        public Builder howWeMet(String value) {
            howWeMet = value;
            return this;
        }

        public Builder circle(String value) {
            circle = value;
            return this;
        }

        public Builder cadenceDays(Integer value) {
            cadenceDays = value;
            return this;
        }

        public Builder kind(String value) {
            kind = value;
            return this;
        }

        public Builder trust(String value) {
            trust = value;
            return this;
        }

        public Builder partnershipStage(String value) {
            partnershipStage = value;
            return this;
        }

        public Builder partnershipCase(String value) {
            partnershipCase = value;
            return this;
        }

        public Builder bridge(String value) {
            bridge = value;
            return this;
        }

        public Builder tags(List<String> value) {
            tags = value;
            return this;
        }

        public Builder notes(String value) {
            notes = value;
            return this;
        }

        public PersonChanges build() {
            return new PersonChanges(name, nickname, emails, phones, urls, addresses, birthday, howWeMet, circle, cadenceDays, kind, trust, partnershipStage, partnershipCase, bridge, tags, notes);
        }
    }
}
