package app.kith.interactions;

import java.util.List;

/**
 * A new interaction or what to change on one; null leaves a field as it is. On creation the
 * direction defaults to neutral and the date to today.
 */
public record InteractionChanges(List<String> participants, String kind, String direction, String date,
                                 String notes) {
}
