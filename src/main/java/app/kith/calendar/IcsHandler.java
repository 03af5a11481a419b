package app.kith.calendar;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.fortuna.ical4j.data.ContentHandler;
import net.fortuna.ical4j.util.Strings;

/**
 * What ical4j's parser finds, kept as Kith uses it: each VEVENT of a VCALENDAR read into an
 * {@link IcsEvent} ({@link IcsEventDraft}), each VTIMEZONE into a definition ({@link IcsZoneDraft});
 * other components (to-dos, alarms and the like) are only counted. A value Kith cannot read is refused at
 * the line of its property. Bounded: at most {@value #MAX_COMPONENTS} components, nested at most
 * {@value #MAX_DEPTH} deep, and {@value #MAX_ZONES} time zones.
 *
 * <p>Not ical4j's own builder: it registers every calendar's time zones with java.time for good (one
 * more provider for each file read, held by the JVM for ever), and resolves a TZID it does not know
 * to the server's zone; here time zones stay with the file ({@link IcsZones}).
 */
final class IcsHandler implements ContentHandler {
    static final int MAX_COMPONENTS = 200_000;
    static final int MAX_DEPTH = 10;
    static final int MAX_ZONES = 100;

    private final IcsLines lines;
    private final Deque<String> open = new ArrayDeque<>();
    private final List<IcsEvent> events = new ArrayList<>();
    private final Map<String, IcsZoneDraft.Definition> zones = new LinkedHashMap<>();
    private int components;
    private boolean started;
    private String method = "PUBLISH";

    private String property;
    private int propertyLine;
    private int propertyContentLine;
    private final Map<String, String> params = new LinkedHashMap<>();
    private String value;

    private IcsEventDraft event;
    private IcsZoneDraft zone;

    IcsHandler(IcsLines lines) {
        this.lines = lines;
    }

    boolean started() {
        return started;
    }

    List<IcsEvent> events() {
        return events;
    }

    Map<String, IcsZoneDraft.Definition> zones() {
        return zones;
    }

    /** The component being read, or null. */
    String open() {
        return open.peek();
    }

    /** The property being read (between its name and the end of its line), or null. */
    String property() {
        return property;
    }

    int propertyLine() {
        return propertyLine;
    }

    @Override
    public void startCalendar() {
        started = true;
        method = "PUBLISH";
        open.push("VCALENDAR");
    }

    @Override
    public void endCalendar() {
        open.pop();
    }

    @Override
    public void startComponent(String name) {
        String component = name.toUpperCase(Locale.ROOT);
        if (++components > MAX_COMPONENTS) {
            throw new IcsParser.Refusal(0, "more than " + MAX_COMPONENTS + " components");
        }
        if (open.size() >= MAX_DEPTH) {
            throw new IcsParser.Refusal(0, "components nested more than " + MAX_DEPTH + " deep");
        }
        if (open.size() == 1 && component.equals("VEVENT")) {
            event = new IcsEventDraft(method);
        } else if (open.size() == 1 && component.equals("VTIMEZONE")) {
            if (zones.size() >= MAX_ZONES) {
                throw new IcsParser.Refusal(0, "more than " + MAX_ZONES + " time zones (VTIMEZONE)");
            }
            zone = new IcsZoneDraft();
        } else if (zone != null && open.size() == 2) {
            zone.startObservance(component);
        }
        open.push(component);
    }

    @Override
    public void endComponent(String name) {
        String component = open.pop();
        if (open.size() == 1 && component.equals("VEVENT")) {
            events.add(event.finish());
            event = null;
        } else if (open.size() == 1 && component.equals("VTIMEZONE")) {
            IcsZoneDraft.Definition definition = zone.finish();
            zones.putIfAbsent(definition.tzid(), definition);
            zone = null;
        } else if (zone != null && open.size() == 2) {
            zone.endObservance();
        }
    }

    @Override
    public void startProperty(String name) {
        property = name.toUpperCase(Locale.ROOT);
        propertyLine = lines.nameLine();
        propertyContentLine = lines.nameContentLine();
        params.clear();
        value = null;
    }

    @Override
    public void parameter(String name, String parameterValue) {
        params.putIfAbsent(name.toUpperCase(Locale.ROOT), Strings.unquote(parameterValue));
    }

    @Override
    public void propertyValue(String propertyValue) {
        value = propertyValue;
    }

    @Override
    public void endProperty(String name) {
        if (lines.valueContentLine() != propertyContentLine) {
            throw new IcsParser.Refusal(propertyLine, property + " has no value (no ':' after its name)");
        }
        if (open.size() == 1 && property.equals("METHOD")) {
            method = value.strip().toUpperCase(Locale.ROOT);
        } else if (event != null && open.size() == 2) {
            event.add(property, propertyLine, params, value);
        } else if (zone != null && open.size() == 2) {
            zone.add(property, propertyLine, value);
        } else if (zone != null && open.size() == 3) {
            zone.addToObservance(property, propertyLine, value);
        }
        property = null;
    }
}
