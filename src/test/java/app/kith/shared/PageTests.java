package app.kith.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;

class PageTests {
    private final AtomicInteger counted = new AtomicInteger();
    private final LongSupplier count = () -> {
        counted.incrementAndGet();
        return 57;
    };

    @Test
    void aPageThatIsNotFullEndsTheListSoItsTotalIsNotCounted() {
        assertThat(Page.of(List.of("a", "b"), Page.Request.of(0, 20), count).total()).isEqualTo(2);
        assertThat(Page.of(List.of("a", "b"), Page.Request.of(2, 20), count).total()).isEqualTo(42);
        assertThat(Page.of(List.of(), Page.Request.of(0, 20), count).total()).isZero();
        assertThat(Page.of(List.of("a"), Page.Request.first(null), count).total()).isEqualTo(1);
        assertThat(counted).hasValue(0);
    }

    @Test
    void aFullPageOrOnePastTheEndIsCounted() {
        assertThat(Page.of(List.of("a", "b"), Page.Request.of(0, 2), count).total()).isEqualTo(57);
        assertThat(Page.of(List.of(), Page.Request.of(40, 2), count).total()).isEqualTo(57);
        assertThat(counted).hasValue(2);
    }
}
