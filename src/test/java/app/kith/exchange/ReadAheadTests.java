package app.kith.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kith.interactions.Direction;
import app.kith.interactions.InteractionKind;
import app.kith.shared.BadDataException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ReadAheadTests {

    @Test
    void everythingReadArrivesInFileOrderWithItsPersonsKeys() {
        List<ReadAhead.Read> applied = new ArrayList<>();
        ReadAhead.run(out -> {
            for (int i = 0; i < 1234; i++) {
                Imported.Person p = person(i);
                out.accept(p);
                out.accept(new Imported.Touch("f.csv", i, p, InteractionKind.OTHER, Direction.NEUTRAL,
                        LocalDate.of(2020, 1, 1), null, false));
            }
            out.accept(new Imported.Problem("f.csv", 9999, "last"));
        }, ReadAheadTests::keys, applied::add);

        assertThat(applied).hasSize(2469);
        for (int i = 0; i < 1234; i++) {
            assertThat(applied.get(2 * i).item().line()).isEqualTo(i);
            assertThat(applied.get(2 * i).keys().name()).isEqualTo("person " + i);
            assertThat(applied.get(2 * i + 1).keys()).isSameAs(applied.get(2 * i).keys());
        }
        assertThat(applied.getLast().keys()).isNull();
    }

    @Test
    void aMalformedFileFailsTheImportWithTheReadersOwnError() {
        AtomicInteger applied = new AtomicInteger();
        assertThatThrownBy(() -> ReadAhead.run(out -> {
            for (int i = 0; i < 2000; i++) {
                out.accept(person(i));
            }
            throw new BadDataException("f.csv", 2001, "a quoted value is never closed");
        }, ReadAheadTests::keys, r -> applied.incrementAndGet()))
                .isInstanceOf(BadDataException.class).hasMessage("f.csv:2001: a quoted value is never closed");
        assertThat(applied).hasValue(2000);

        assertThatThrownBy(() -> ReadAhead.run(out -> {
            throw new IOException("disk gone");
        }, ReadAheadTests::keys, r -> { }))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("disk gone");
    }

    @Test
    void anImportThatFailsStopsItsReader() {
        AtomicInteger read = new AtomicInteger();
        assertThatThrownBy(() -> ReadAhead.run(out -> {
            for (int i = 0; i < 1_000_000; i++) {
                out.accept(person(i));
                read.incrementAndGet();
            }
        }, ReadAheadTests::keys, r -> {
            throw new IllegalStateException("the database said no");
        })).hasMessage("the database said no");

        // run() returns only after its reader has ended: it got no further than a few batches ahead.
        assertThat(read).hasValueLessThan(10_000);
    }

    private static Imported.Person person(int i) {
        return Imported.Person.named("f.csv", i, "Person " + i, List.of(), List.of());
    }

    private static RowKeys keys(Imported.Person p) {
        return new RowKeys(List.of(), List.of(), List.of(), p.name().toLowerCase(), null);
    }
}
