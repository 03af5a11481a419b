package app.kith.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Reads a file on a thread of its own, a few batches ahead of the import that applies it: parsing
 * and normalizing the next rows runs on another core while the caller writes the previous ones.
 * Everything that touches the database, and so the import's one transaction, stays on the caller's
 * thread. A failure on either side stops both; the reader's is thrown to the caller as it was thrown
 * (a malformed file is still {@code FILE:LINE: reason}).
 */
final class ReadAhead {
    private static final int BATCH = 500;
    private static final Object END = new Object();

    /** One thing the file says, with the keys of the person it is about (null when it is about no one). */
    record Read(Imported item, RowKeys keys) {
    }

    /** A parser run: it hands everything it reads to {@code out}, in file order. */
    @FunctionalInterface
    interface Parser {
        void parse(Consumer<Imported> out) throws IOException;
    }

    private record Failure(Throwable error) {
    }

    private ReadAhead() {
    }

    /**
     * Runs the parser on a reader thread, working out there the {@code keys} of each person it reads,
     * and gives what it reads to {@code apply}, in file order, on this thread.
     */
    static void run(Parser parser, Function<Imported.Person, RowKeys> keys, Consumer<Read> apply) {
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(4);
        Thread reader = Thread.ofPlatform().name("kith-import-reader").daemon().start(() -> read(parser, keys, queue));
        try {
            while (true) {
                Object next = queue.take();
                if (next == END) {
                    return;
                }
                if (next instanceof Failure failure) {
                    throw rethrown(failure.error());
                }
                @SuppressWarnings("unchecked")
                List<Read> batch = (List<Read>) next;
                batch.forEach(apply);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the import was interrupted", e);
        } finally {
            // Stops a reader that is still going because the import failed; it ends at its next hand-over.
            reader.interrupt();
            try {
                reader.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void read(Parser parser, Function<Imported.Person, RowKeys> keys, BlockingQueue<Object> queue) {
        try {
            Batches batches = new Batches(keys, queue);
            parser.parse(batches);
            batches.handOver();
            queue.put(END);
        } catch (InterruptedException e) {
            // The import stopped: nobody is waiting for the rest.
        } catch (Throwable e) {
            try {
                queue.put(new Failure(e));
            } catch (InterruptedException stopped) {
                // The import stopped already.
            }
        }
    }

    private static RuntimeException rethrown(Throwable error) {
        return switch (error) {
            case RuntimeException e -> e;
            case Error e -> throw e;
            case IOException e -> new UncheckedIOException(e);
            default -> new IllegalStateException(error);
        };
    }

    /** Collects what the parser reads into batches, working out each person's keys on the reader thread. */
    private static final class Batches implements Consumer<Imported> {
        private final Function<Imported.Person, RowKeys> keysOf;
        private final BlockingQueue<Object> queue;
        private List<Read> batch = new ArrayList<>(BATCH);
        private Imported.Person lastPerson;
        private RowKeys lastKeys;

        Batches(Function<Imported.Person, RowKeys> keysOf, BlockingQueue<Object> queue) {
            this.keysOf = keysOf;
            this.queue = queue;
        }

        @Override
        public void accept(Imported item) {
            RowKeys keys = switch (item) {
                case Imported.Person p -> {
                    lastPerson = p;
                    lastKeys = keysOf.apply(p);
                    yield lastKeys;
                }
                case Imported.Touch t -> t.who() == lastPerson ? lastKeys : keysOf.apply(t.who());
                default -> null;
            };
            batch.add(new Read(item, keys));
            if (batch.size() == BATCH) {
                try {
                    handOver();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new Stopped();
                }
            }
        }

        void handOver() throws InterruptedException {
            if (!batch.isEmpty()) {
                queue.put(batch);
                batch = new ArrayList<>(BATCH);
            }
        }
    }

    /** Unwinds a parser whose import has stopped. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }
}
