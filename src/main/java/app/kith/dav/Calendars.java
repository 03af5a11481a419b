package app.kith.dav;

import app.kith.calendar.CalendarObject;
import app.kith.calendar.CalendarObjects;
import app.kith.shared.AccountId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/**
 * The account's two calendars as CalDAV serves them, read-only: {@code events} (what the user records
 * in Kith) and {@code birthdays} (derived from people). An object's ETag is the digest of its bytes,
 * which change only when the entry does; the events' CTag digests every ETag, and the birthdays'
 * follows the address book's change number, since only a change to people can change them.
 */
@Component
class Calendars {
    static final String EVENTS = "events";
    static final String BIRTHDAYS = "birthdays";

    private final CalendarObjects objects;
    private final Cards cards;

    Calendars(CalendarObjects objects, Cards cards) {
        this.objects = objects;
        this.cards = cards;
    }

    static String name(String calendar) {
        return switch (calendar) {
            case EVENTS -> "Kith events";
            case BIRTHDAYS -> "Birthdays";
            default -> throw new DavException(404, "There is no such calendar.");
        };
    }

    void each(AccountId account, String calendar, Consumer<CalendarObject> each) {
        switch (calendar) {
            case EVENTS -> objects.eachEvent(account, each);
            case BIRTHDAYS -> objects.eachBirthday(account, each);
            default -> throw new DavException(404, "There is no such calendar.");
        }
    }

    CalendarObject find(AccountId account, String calendar, String name) {
        CalendarObject[] found = new CalendarObject[1];
        each(account, calendar, o -> {
            if (o.name().equals(name)) {
                found[0] = o;
            }
        });
        if (found[0] == null) {
            throw new DavException(404, "There is no such calendar object.");
        }
        return found[0];
    }

    String ctag(AccountId account, String calendar) {
        if (calendar.equals(BIRTHDAYS)) {
            return "b" + cards.current(account);
        }
        MessageDigest all = sha256();
        each(account, calendar, o -> all.update(etag(o).getBytes(StandardCharsets.UTF_8)));
        return "e" + HexFormat.of().formatHex(all.digest(), 0, 16);
    }

    static String etag(CalendarObject object) {
        return "\"" + HexFormat.of().formatHex(sha256().digest(object.ics().getBytes(StandardCharsets.UTF_8)), 0, 16)
                + "\"";
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
