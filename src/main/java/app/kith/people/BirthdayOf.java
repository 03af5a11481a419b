package app.kith.people;

/** Whose birthday it is, and nothing more: what calendars read for thousands of people at once. */
public record BirthdayOf(String personId, String name, Birthday birthday) {
}
