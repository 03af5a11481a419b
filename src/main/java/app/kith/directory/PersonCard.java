package app.kith.directory;

import java.time.LocalDate;
import java.util.List;

/**
 * A person in a list. The keys {@code id, name, emails, organization, title, circle, tags,
 * lastInteraction, health} are fixed by the SPEC (4.1); the others may grow.
 *
 * @param health         the relationship's health today (0-100); null for the account's own person
 * @param cadenceStatus  on-track, due (past the ideal interval) or overdue (past the maximum); null when not tracked
 */
public record PersonCard(
        String id,
        String name,
        String nickname,
        List<String> emails,
        String organization,
        String title,
        String circle,
        String kind,
        String trust,
        String bridge,
        List<String> tags,
        LocalDate lastInteraction,
        Integer health,
        boolean self,
        String cadenceStatus) {
}
