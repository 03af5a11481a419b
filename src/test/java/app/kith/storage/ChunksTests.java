package app.kith.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ChunksTests {

    @Test
    void idsComeOnceInTheirFirstOrderInChunksOfAtMostFiveHundred() {
        List<String> ids = new ArrayList<>(IntStream.range(0, 1201).mapToObj(i -> "id" + i).toList());
        ids.addAll(List.of("id0", "id1200", "id7"));

        List<List<String>> chunks = Chunks.of(ids);

        assertThat(chunks).extracting(List::size).containsExactly(500, 500, 201);
        assertThat(chunks.stream().flatMap(List::stream).toList()).isEqualTo(ids.subList(0, 1201));
    }

    @Test
    void noIdsNoChunks() {
        assertThat(Chunks.of(List.of())).isEmpty();
        assertThat(Chunks.of(List.of("a", "a"))).containsExactly(List.of("a"));
    }
}
