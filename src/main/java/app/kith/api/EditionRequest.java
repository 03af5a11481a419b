package app.kith.api;

import app.kith.conferences.EditionChanges;

/** The body of {@code POST /conferences/{id}/editions}: a year's dates (YYYY-MM-DD) and city. */
record EditionRequest(Integer year, String startsOn, String endsOn, String city) {

    EditionChanges changes() {
        return new EditionChanges(startsOn, endsOn, city);
    }
}
