package app.kith.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DatesTests {

    /** The hand-written reader gives exactly what {@link Instant#parse} gives, at every precision. */
    @Test
    void storedInstantsReadAsInstantParseReadsThem() {
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong(-62_000_000_000L, 250_000_000_000L),
                    switch (i % 4) {
                        case 0 -> 0;
                        case 1 -> random.nextInt(1_000) * 1_000_000;
                        case 2 -> random.nextInt(1_000_000) * 1_000;
                        default -> random.nextInt(1_000_000_000);
                    });
            String text = instant.toString();
            assertThat(Dates.storedInstant(text)).as(text).isEqualTo(Instant.parse(text));
        }
        for (String text : new String[] {"2026-12-03T20:31:08Z", "2026-12-03T20:31:08.8Z", "2026-12-03T20:31:08.846482370Z",
                "2024-02-29T23:59:59.999Z", "1970-01-01T00:00:00Z"}) {
            assertThat(Dates.storedInstant(text)).as(text).isEqualTo(Instant.parse(text));
        }
    }

    /** Other forms are left to {@link Instant#parse}: whatever it reads is read the same, the rest refused. */
    @Test
    void otherFormsAreReadOrRefusedAsTheLibraryDoes() {
        for (String text : new String[] {"2026-12-03T21:31:08+01:00", "+12026-12-03T20:31:08Z", "2026-12-03T24:00:00Z",
                "2026-13-03T20:31:08Z", "2026-12-03T20:31:08.Z", "2026-12-03T20:31:08.1234567890Z",
                "2026-12-03 20:31:08Z", "2026-12-03T2a:31:08Z", "2026-12-03T20:60:08Z", ""}) {
            Instant expected;
            try {
                expected = Instant.parse(text);
            } catch (DateTimeException e) {
                assertThatThrownBy(() -> Dates.storedInstant(text)).as(text).isInstanceOf(DateTimeException.class);
                continue;
            }
            assertThat(Dates.storedInstant(text)).as(text).isEqualTo(expected);
        }
    }

    @Test
    void storedDaysReadAsLocalDateParseReadsThem() {
        assertThat(Dates.stored("2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThatThrownBy(() -> Dates.stored("2023-02-29")).isInstanceOf(DateTimeException.class);
    }
}
