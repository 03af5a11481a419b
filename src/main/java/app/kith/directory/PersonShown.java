package app.kith.directory;

import app.kith.insights.CommonGroundItem;
import java.util.List;

/**
 * One person as {@code kith people show} prints them: their card, their profile, and the common ground
 * between you and them (empty for yourself).
 */
public record PersonShown(PersonCard card, PersonProfile profile, List<CommonGroundItem> commonGround) {
}
