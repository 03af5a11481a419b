package app.kith.storage;

import app.kith.shared.ConflictException;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What one account may hold, as the server's operator sets it: people ({@code KITH_QUOTA_PEOPLE}),
 * calendar events ({@code KITH_QUOTA_EVENTS}) and megabytes of photos ({@code KITH_QUOTA_PHOTOS_MB});
 * 0, the default, means no limit. The module that owns the rows asks before it writes, and a write
 * over the limit is refused whole with a message that says the limit, what the account holds and what
 * the write would add; nothing is counted while a limit is off.
 */
@Component
public class Quotas {

    /** A limit, named as the user reads it. */
    public enum Kind {
        PEOPLE("people", "people"), EVENTS("calendar events", "events"), PHOTO_BYTES("MB of photos", "MB");

        private final String holding;
        private final String unit;

        Kind(String holding, String unit) {
            this.holding = holding;
            this.unit = unit;
        }
    }

    private static final long MB = 1024 * 1024;
    private final long people;
    private final long events;
    private final long photoBytes;

    Quotas(@Value("${kith.quota.people:0}") long people, @Value("${kith.quota.events:0}") long events,
           @Value("${kith.quota.photos-mb:0}") long photosMb) {
        this.people = Math.max(0, people);
        this.events = Math.max(0, events);
        this.photoBytes = Math.max(0, photosMb) * MB;
    }

    /**
     * Refuses a write that would take the account past its limit: it holds {@code held} (read only
     * when there is a limit) and the write adds {@code adding}.
     */
    public void check(Kind kind, long adding, LongSupplier held) {
        long limit = limit(kind);
        if (limit == 0 || adding <= 0) {
            return;
        }
        long now = held.getAsLong();
        if (now + adding > limit) {
            throw new ConflictException(String.format(Locale.ROOT,
                    "this account may hold at most %s %s (a limit set by the server's operator); it holds %s,"
                            + " and this would add %s", amount(kind, limit), kind.holding, amount(kind, now),
                    amount(kind, adding)));
        }
    }

    private long limit(Kind kind) {
        return switch (kind) {
            case PEOPLE -> people;
            case EVENTS -> events;
            case PHOTO_BYTES -> photoBytes;
        };
    }

    private static String amount(Kind kind, long value) {
        return kind == Kind.PHOTO_BYTES ? String.format(Locale.ROOT, "%.1f", value / (double) MB)
                : String.format(Locale.ROOT, "%,d", value);
    }
}
