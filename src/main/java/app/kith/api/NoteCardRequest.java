package app.kith.api;

import app.kith.notecards.NoteCardChanges;

/**
 * The body of {@code POST /note-cards} and {@code PATCH /note-cards/{id}}: {@code personId},
 * {@code occasion}, {@code writeBy} (YYYY-MM-DD), a draft {@code message} and {@code status}
 * (to-write, written, mailed; mailing logs a note-card touch that gave).
 */
record NoteCardRequest(String personId, String occasion, String writeBy, String message, String status) {

    NoteCardChanges changes() {
        return new NoteCardChanges(personId, occasion, writeBy, message, status);
    }
}
