package app.kith.shared;

import java.util.List;
import java.util.function.Function;
import java.util.function.LongSupplier;

/** One page of a longer list: the items, where it starts, and how many there are in all. */
public record Page<T>(List<T> items, int page, int size, long total) {

    public static final int MAX_SIZE = 500;

    /**
     * A page read before its total. A page that is not full, or an empty first page, ends the list,
     * so its total is known without asking; {@code count} is asked only for a full page or one past
     * the end. A person's timeline or connections, or a short list, then cost one statement instead
     * of two.
     */
    public static <T> Page<T> of(List<T> items, Request request, LongSupplier count) {
        boolean endsHere = items.isEmpty() ? request.page() == 0 : items.size() < request.size();
        long total = endsHere ? request.offset() + items.size() : count.getAsLong();
        return new Page<>(items, request.page(), request.size(), total);
    }

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
