package app.kith.people;

import java.util.Locale;

/** The kinds of contact point; LinkedIn profiles are URLs kept apart because imports match on them. */
enum ContactKind {
    EMAIL, PHONE, URL, LINKEDIN;

    String column() {
        return name().toLowerCase(Locale.ROOT);
    }
}
