package app.kith.dav;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** What a PROPFIND or REPORT body asks for, read from its XML. */
final class Requests {
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private Requests() {
    }

    /** A PROPFIND: every property ({@code allprop}), only their names, or the ones listed. */
    record Propfind(boolean allprop, boolean propname, List<Xml.Name> props) {
        static final Propfind ALL = new Propfind(true, false, List.of());
    }

    static Propfind propfind(Xml.Element root) {
        if (root == null) {
            return Propfind.ALL;
        }
        expect(root, Xml.Name.dav("propfind"));
        if (root.child(Xml.Name.dav("propname")) != null) {
            return new Propfind(false, true, List.of());
        }
        Xml.Element prop = root.child(Xml.Name.dav("prop"));
        if (prop == null) {
            return Propfind.ALL;
        }
        return new Propfind(false, false, names(prop));
    }

    /** The property names a PROPPATCH tries to set or remove. */
    static List<Xml.Name> proppatch(Xml.Element root) {
        if (root == null) {
            throw new DavException(400, "A PROPPATCH needs a propertyupdate body.");
        }
        expect(root, Xml.Name.dav("propertyupdate"));
        List<Xml.Name> names = new ArrayList<>();
        for (Xml.Element change : root.children()) {
            Xml.Element prop = change.child(Xml.Name.dav("prop"));
            if (prop != null) {
                names.addAll(names(prop));
            }
        }
        return names;
    }

    /** A REPORT, by its root element. */
    sealed interface Report permits Multiget, CardQuery, SyncCollection, CalendarQuery {
    }

    /** addressbook-multiget or calendar-multiget: these resources, with these properties. */
    record Multiget(List<Xml.Name> props, List<String> hrefs, String version) implements Report {
    }

    /** addressbook-query: the cards the filter keeps, at most {@code limit} (null: all). */
    record CardQuery(List<Xml.Name> props, CardFilter filter, Integer limit, String version) implements Report {
    }

    /** sync-collection (RFC 6578): what changed since the token (null: everything, the first sync). */
    record SyncCollection(String token, List<Xml.Name> props, Integer limit, String version) implements Report {
    }

    /** calendar-query: the events overlapping the time range (null ends: open). */
    record CalendarQuery(List<Xml.Name> props, Instant start, Instant end) implements Report {
    }

    static Report report(Xml.Element root) {
        if (root == null) {
            throw new DavException(400, "A REPORT needs a body naming the report.");
        }
        Xml.Element prop = root.child(Xml.Name.dav("prop"));
        List<Xml.Name> props = prop == null ? List.of(Xml.Name.dav("getetag")) : names(prop);
        String version = prop == null ? null : dataVersion(prop);
        return switch (root.name().namespace() + " " + root.name().local()) {
            case Xml.CARDDAV + " addressbook-multiget", Xml.CALDAV + " calendar-multiget" ->
                    new Multiget(props, root.all(Xml.Name.dav("href")).stream().map(Xml.Element::text).toList(), version);
            case Xml.CARDDAV + " addressbook-query" -> new CardQuery(props,
                    CardFilter.of(root.child(Xml.Name.card("filter"))), limit(root), version);
            case Xml.DAV + " sync-collection" -> {
                Xml.Element token = root.child(Xml.Name.dav("sync-token"));
                Xml.Element level = root.child(Xml.Name.dav("sync-level"));
                if (level != null && !level.text().equals("1")) {
                    throw new DavException(403, Xml.Name.dav("supported-report"),
                            "Only sync-level 1 is supported: an address book has no inner collections.");
                }
                yield new SyncCollection(token == null || token.text().isBlank() ? null : token.text(), props,
                        limit(root), version);
            }
            case Xml.CALDAV + " calendar-query" -> timeRange(props, root);
            default -> throw new DavException(403, Xml.Name.dav("supported-report"),
                    "The report " + root.name().local() + " is not supported here.");
        };
    }

    private static CalendarQuery timeRange(List<Xml.Name> props, Xml.Element root) {
        Xml.Element range = find(root, Xml.Name.cal("time-range"));
        if (range == null) {
            return new CalendarQuery(props, null, null);
        }
        Instant start = instant(range.attribute("start"));
        Instant end = instant(range.attribute("end"));
        if (start != null && end != null && !end.isAfter(start)) {
            throw new DavException(400, Xml.Name.cal("valid-filter"), "The time range ends before it starts.");
        }
        return new CalendarQuery(props, start, end);
    }

    private static Instant instant(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return UTC.parse(text.strip(), Instant::from);
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(text.strip(), DateTimeFormatter.BASIC_ISO_DATE).atStartOfDay(ZoneOffset.UTC)
                        .toInstant();
            } catch (DateTimeParseException again) {
                throw new DavException(400, Xml.Name.cal("valid-filter"),
                        "'" + text + "' is not a UTC date-time such as 20260101T000000Z.");
            }
        }
    }

    private static Xml.Element find(Xml.Element element, Xml.Name name) {
        if (element.name().equals(name)) {
            return element;
        }
        for (Xml.Element child : element.children()) {
            Xml.Element found = find(child, name);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static Integer limit(Xml.Element root) {
        Xml.Element limit = root.child(Xml.Name.dav("limit"));
        Xml.Element n = limit == null ? null : limit.child(Xml.Name.card("nresults"));
        if (n == null) {
            n = limit == null ? null : limit.child(Xml.Name.dav("nresults"));
        }
        if (n == null) {
            return null;
        }
        try {
            int value = Integer.parseInt(n.text().strip());
            return value < 0 ? null : value;
        } catch (NumberFormatException e) {
            throw new DavException(400, "'" + n.text() + "' is not a number of results.");
        }
    }

    /** The vCard version {@code address-data} asks for, if it names one. */
    private static String dataVersion(Xml.Element prop) {
        Xml.Element data = prop.child(Xml.Name.card("address-data"));
        return data == null ? null : data.attribute("version");
    }

    private static List<Xml.Name> names(Xml.Element prop) {
        return prop.children().stream().map(Xml.Element::name).distinct().toList();
    }

    private static void expect(Xml.Element root, Xml.Name name) {
        if (!root.name().equals(name)) {
            throw new DavException(400, "Expected a " + name.local() + " body, not " + root.name().local() + ".");
        }
    }
}
