package app.kith.directory;

import app.kith.interactions.Interaction;
import app.kith.shared.Page;
import java.util.Map;

/**
 * A person page: the profile, whose recent interactions are the timeline page shown, that page with
 * its total, and the names of everyone on it.
 */
public record PersonPageView(PersonProfile profile, Page<Interaction> timeline, Map<String, String> names) {
}
