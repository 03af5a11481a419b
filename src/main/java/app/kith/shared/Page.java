package app.kith.shared;

import java.util.List;
import java.util.function.Function;

/** One page of a longer list: the items, where it starts, and how many there are in all. */
public record Page<T>(List<T> items, int page, int size, long total) {

    public static final int MAX_SIZE = 500;

    public <R> Page<R> map(Function<T, R> f) {
        return new Page<>(items.stream().map(f).toList(), page, size, total);
    }

    /** Which slice of a list to return. */
    public record Request(int page, int size) {

        /** A page as a client asks for it, checked the same way on every surface. */
        public static Request of(int page, int size) {
            if (page < 0) {
                throw new InvalidInputException("page", "must be 0 or more");
            }
            if (size < 1 || size > MAX_SIZE) {
                throw new InvalidInputException("size", "must be between 1 and " + MAX_SIZE);
            }
            return new Request(page, size);
        }

        /** The first {@code limit} items, or every item when limit is null (the CLI's default). */
        public static Request first(Integer limit) {
            if (limit != null && limit < 1) {
                throw new InvalidInputException("--limit", "must be 1 or more");
            }
            return new Request(0, limit == null ? Integer.MAX_VALUE : limit);
        }

        public long offset() {
            return (long) page * size;
        }
    }
}
