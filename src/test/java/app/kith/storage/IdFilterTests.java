package app.kith.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class IdFilterTests {

    @Test
    void aFewIdsAreBoundAsTheNamedList() {
        IdFilter filter = IdFilter.on("p.id", List.of("a", "b"));

        assertThat(filter.sql()).isEqualTo(" AND p.id IN (:ids)");
        assertThat(filter.params()).isEqualTo(Map.of("ids", List.of("a", "b")));
        assertThat(filter.keeps().test("c")).isTrue();
    }

    @Test
    void aboveTheThresholdTheQueryReadsEveryRowAndKeepsThoseAskedFor() {
        List<String> ids = IntStream.rangeClosed(0, IdFilter.ONE_PASS_ABOVE).mapToObj(i -> "id" + i).toList();
        IdFilter filter = IdFilter.on("p.id", ids);

        assertThat(filter.sql()).isEmpty();
        assertThat(filter.params()).isEmpty();
        assertThat(filter.keeps().test("id7")).isTrue();
        assertThat(filter.keeps().test("other")).isFalse();
        assertThat(IdFilter.onePass(ids.subList(0, IdFilter.ONE_PASS_ABOVE))).isFalse();
    }
}
