package app.kith.conferences;

/** Someone going to or at an edition; {@code self} is the account's owner. */
public record Attendee(String personId, String name, AttendanceStatus status, boolean self) {
}
