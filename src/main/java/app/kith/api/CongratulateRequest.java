package app.kith.api;

/** The body of {@code POST /events/{id}/congratulate}: the interaction kind (default message) and a note. */
record CongratulateRequest(String kind, String note) {
}
