package app.kith.api;

import app.kith.conferences.SeriesChanges;

/** The body of {@code POST /conferences} and {@code PATCH /conferences/{id}}; usualMonth 1-12 (0 clears it on PATCH). */
record ConferenceRequest(String name, String organizer, Integer usualMonth, String website) {

    SeriesChanges changes() {
        return new SeriesChanges(name, organizer, usualMonth, website);
    }
}
