package app.kith.people;

/** The kinds of contact point; LinkedIn profiles are URLs kept apart because imports match on them. */
enum ContactKind {
    EMAIL, PHONE, URL, LINKEDIN;

    String column() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
