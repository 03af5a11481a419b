package app.kith.dav;

import app.kith.calendar.CalendarObject;
import app.kith.calendar.CalendarObjects;
import app.kith.calendar.CalendarService;
import app.kith.calendar.IcsImport;
import app.kith.shared.ConflictException;
import java.io.StringReader;
import java.util.Map;
import org.springframework.transaction.annotation.Transactional;
import app.kith.shared.AccountId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;

/**
 * The account's two calendars as CalDAV serves them: {@code events} (what the user records in Kith,
 * writable) and {@code birthdays} (derived from people, read-only). An object's ETag is the digest of its bytes,
 * which change only when the entry does; the events' CTag digests every ETag, and the birthdays'
 * follows the address book's change number, since only a change to people can change them.
 */
@Service
class Calendars {
    static final String EVENTS = "events";
    static final String BIRTHDAYS = "birthdays";

    private final CalendarObjects objects;
    private final Cards cards;
    private final EventNames names;
    private final IcsImport imports;
    private final CalendarService calendar;

    Calendars(CalendarObjects objects, Cards cards, EventNames names, IcsImport imports, CalendarService calendar) {
        this.objects = objects;
        this.cards = cards;
        this.names = names;
        this.imports = imports;
        this.calendar = calendar;
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
            case EVENTS -> {
                Map<String, String> named = names.all(account);
                objects.eachEvent(account, o -> {
                    String name = named.get(eventId(o));
                    each.accept(name == null ? o : new CalendarObject(name, o.uid(), o.ics(), o.first(), o.last()));
                });
            }
            case BIRTHDAYS -> objects.eachBirthday(account, each);
            default -> throw new DavException(404, "There is no such calendar.");
        }
    }

    CalendarObject find(AccountId account, String calendar, String name) {
        CalendarObject found = findOrNull(account, calendar, name);
        if (found == null) {
            throw new DavException(404, "There is no such calendar object.");
        }
        return found;
    }

    private CalendarObject findOrNull(AccountId account, String calendar, String name) {
        CalendarObject[] found = new CalendarObject[1];
        each(account, calendar, o -> {
            if (o.name().equals(name)) {
                found[0] = o;
            }
        });
        return found[0];
    }

    /** Whether a PUT made a new event. */
    record Stored(boolean created) {
    }

    /**
     * Stores an event a client sent under this name: a new name makes a new event (named as the client
     * chose, keeping its UID), a known one changes its event. Only the events calendar takes writes.
     */
    @Transactional
    Stored put(AccountId account, String calendarName, String name, byte[] body, String ifMatch, String ifNoneMatch) {
        writable(calendarName);
        CalendarObject existing = findOrNull(account, EVENTS, name);
        if (!Etags.allows(ifMatch, ifNoneMatch, existing == null ? null : etag(existing))) {
            throw new DavException(412, existing != null
                    ? "The event changed since you last read it (or it exists already); read it again."
                    : "There is no such event to change.");
        }
        String id;
        try {
            id = imports.put(account, existing == null ? null : eventId(account, existing), name,
                    new StringReader(new String(body, StandardCharsets.UTF_8)));
        } catch (ConflictException e) {
            throw new DavException(409, Xml.Name.cal("no-uid-conflict"), e.getMessage() + ".");
        }
        if (existing == null) {
            if (name.equals(id + ".ics")) {
                names.forget(account, name);
            } else {
                names.name(account, id, name);
            }
        }
        return new Stored(existing == null);
    }

    @Transactional
    void delete(AccountId account, String calendarName, String name, String ifMatch) {
        writable(calendarName);
        CalendarObject existing = find(account, EVENTS, name);
        if (!Etags.allows(ifMatch, null, etag(existing))) {
            throw new DavException(412, "The event changed since you last read it; read it again.");
        }
        calendar.delete(account, eventId(account, existing));
        names.forget(account, name);
    }

    private static void writable(String calendar) {
        if (!calendar.equals(EVENTS)) {
            throw new DavException(403, Xml.Name.dav("need-privileges"), "Birthdays come from your people in Kith:"
                    + " change a birthday on the person's card or page.");
        }
    }

    /** The event an object of the events calendar is, by its Kith name ({@code ID.ics}). */
    private static String eventId(CalendarObject kithNamed) {
        return kithNamed.name().substring(0, kithNamed.name().length() - ".ics".length());
    }

    private String eventId(AccountId account, CalendarObject object) {
        for (Map.Entry<String, String> e : names.all(account).entrySet()) {
            if (e.getValue().equals(object.name())) {
                return e.getKey();
            }
        }
        return eventId(object);
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
