package app.kith.insights;

import java.util.List;

/** What you and a person have in common, best conversation openers first. */
public record CommonGround(PersonRef person, List<CommonGroundItem> items) {
}
