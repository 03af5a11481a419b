package app.kith.people;

import java.util.List;

/**
 * The most overdue people, highest priority first, and how many are due in all. People whose latest
 * real touch is after the day asked about are not in it: their state on that day needs their
 * history ({@link PeopleService#touchedAfter}).
 */
public record DueList(List<DuePerson> people, int total) {
}
