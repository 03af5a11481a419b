package app.kith.calendar;

import app.kith.shared.Dates;
import app.kith.shared.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * A page's {@code next}: the position of the last entry it showed, as opaque URL-safe text. It holds
 * no account and no data, only where to continue, so a cursor is harmless in anyone else's hands.
 */
final class Cursor {
    private static final String VERSION = "1";
    private static final int MAX_LENGTH = 200;
    private static final Pattern ID = Pattern.compile("[0-9A-Za-z-]{1,64}");

    private Cursor() {
    }

    static String of(Position p) {
        String plain = String.join("|", VERSION, p.date().toString(), p.time(), Integer.toString(p.source()), p.id());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** The position a cursor names; anything else is refused before a query runs. */
    static Position parse(String text) {
        if (text.length() > MAX_LENGTH) {
            throw refused();
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(text.strip()), StandardCharsets.UTF_8)
                    .split("\\|", -1);
            if (parts.length != 5 || !parts[0].equals(VERSION) || !ID.matcher(parts[4]).matches()) {
                throw refused();
            }
            LocalDate date = LocalDate.parse(parts[1]);
            if (!parts[2].isEmpty()) {
                Dates.storedInstant(parts[2]);
            }
            int source = Integer.parseInt(parts[3]);
            if (date.getYear() < 1 || date.getYear() > Recurrence.LAST_YEAR || source < Position.EVENTS
                    || source > Position.CONFERENCES || !parts[2].isEmpty() && source != Position.EVENTS) {
                throw refused();
            }
            return new Position(date, parts[2], source, parts[4]);
        } catch (IllegalArgumentException | DateTimeException e) {
            throw refused();
        }
    }

    private static InvalidInputException refused() {
        return new InvalidInputException("cursor", "is not one this calendar gave out: pass a page's next as it is,"
                + " or leave it out to start at the beginning of the range");
    }
}
