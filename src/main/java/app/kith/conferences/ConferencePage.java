package app.kith.conferences;

import java.util.List;

/**
 * What the page of a series shows.
 *
 * @param editions       every edition, newest first, with who went or is going
 * @param goingThisYear  people (not you) going to this year's edition
 * @param followUps      people met at past editions not touched since
 */
public record ConferencePage(Series series, List<Edition> editions, List<Attendee> goingThisYear,
                             List<FollowUp> followUps) {
}
