package app.kith.insights;

import java.util.List;

/**
 * A meeting in the next 48 hours with people you know, and what to know before going: Today's most
 * time-sensitive card.
 *
 * @param when     when it is, in words, in the account's zone: {@code today at 18:30}, {@code tomorrow}
 *                 (all day), {@code Thu 12 Jun at 09:00}
 * @param people   what to know about each of the first few people it is with (never yourself)
 * @param alsoWith the others it is with, named only
 */
public record MeetingPrep(Meeting meeting, String when, List<PersonPrep> people, List<PersonRef> alsoWith) {
}
