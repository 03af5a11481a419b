package app.kith.api;

import app.kith.shared.Page;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;

/** What every API controller shares: the base path, paging and the answer to a creation. */
final class Api {
    static final String V1 = "/api/v1";
    static final String DEFAULT_SIZE = "50";

    private Api() {
    }

    /** The page a client asked for, checked the same way as on every other surface. */
    static Page.Request page(int page, int size) {
        return Page.Request.of(page, size);
    }

    /** One page of a list that the service returns whole (tags, tokens, a person's affiliations). */
    static <T> Page<T> slice(List<T> all, Page.Request request) {
        int from = (int) Math.min(all.size(), request.offset());
        int to = (int) Math.min(all.size(), request.offset() + request.size());
        return new Page<>(List.copyOf(all.subList(from, to)), request.page(), request.size(), all.size());
    }

    /** The day an insight is asked for: the one given, else today by the application's clock. */
    static LocalDate dayOr(LocalDate given, Clock clock) {
        return given == null ? LocalDate.now(clock) : given;
    }

    /**
     * 201 Created with the new resource's address in {@code Location} and the resource as the body. The
     * address is relative (RFC 9110): an absolute one would have to come from the Host header.
     */
    static <T> ResponseEntity<T> created(String path, T body) {
        URI location = URI.create(V1 + path);
        return ResponseEntity.created(location).body(body);
    }
}
