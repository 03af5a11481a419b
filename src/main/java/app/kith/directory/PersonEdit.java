package app.kith.directory;

import app.kith.people.Person;

/** What an edit form starts from: the person and where they work now (organization and title may be null). */
public record PersonEdit(Person person, String organization, String title) {
}
