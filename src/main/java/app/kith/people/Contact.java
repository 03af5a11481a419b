package app.kith.people;

/** One stored contact point: what the user wrote (cleaned) and the form Kith matches on. */
record Contact(ContactKind kind, String value, String normalized) {
}
