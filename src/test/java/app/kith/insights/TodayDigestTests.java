package app.kith.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TodayDigestTests {

    @Test
    void everySectionListsAFewItemsAndCountsTheRest() {
        TodayDigest digest = new TodayDigest(LocalDate.of(2025, 3, 15), ZoneOffset.UTC, Instant.parse("2025-03-15T00:00:00Z"), 25);
        int many = TodayDigest.SECTION_SHOWN + 3;
        for (int i = 0; i < many; i++) {
            digest.section("invitations", "invitation " + i);
            digest.noteCard("card " + i);
        }
        digest.section("achievements", "one");

        Today today = digest.build();

        assertThat(today.sections().get("invitations")).hasSize(TodayDigest.SECTION_SHOWN)
                .first().isEqualTo("invitation 0");
        assertThat(today.sectionsMore()).containsExactly(Map.entry("invitations", 3));
        assertThat(today.sections().get("achievements")).containsExactly("one");
        assertThat(today.noteCards()).hasSize(TodayDigest.SECTION_SHOWN);
        assertThat(today.noteCardsMore()).isEqualTo(3);
    }
}
