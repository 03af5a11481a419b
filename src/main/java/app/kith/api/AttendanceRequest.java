package app.kith.api;

import java.util.List;

/**
 * The body of {@code POST /conferences/{id}/attendance}: who (person ids; none means you) is
 * {@code going} to or {@code went} to a year's edition.
 */
record AttendanceRequest(Integer year, List<String> people, String status) {
}
