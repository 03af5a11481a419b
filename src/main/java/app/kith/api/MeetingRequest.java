package app.kith.api;

/** The body of {@code POST /conferences/{id}/meetings}: an interaction that happened at a year's edition. */
record MeetingRequest(Integer year, String interactionId) {
}
