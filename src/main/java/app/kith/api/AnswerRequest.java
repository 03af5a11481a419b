package app.kith.api;

/** The body of {@code POST /events/{id}/answer}: accepted, declined, tentative or needs-answer. */
record AnswerRequest(String rsvp) {
}
