package app.kith.calendar;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoField;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.data.DefaultPropertyFactorySupplier;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyBuilder;
import net.fortuna.ical4j.model.PropertyFactory;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.component.Daylight;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.Standard;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.RDate;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.transform.recurrence.Frequency;

/**
 * One VTIMEZONE as it is read, built into ical4j's model for {@link IcsZones}. Its observances
 * (STANDARD, DAYLIGHT) are checked to be what a time zone is, so that turning them into rules stays
 * cheap: ical4j lists every transition from each observance's DTSTART to a few years from now, so
 * rules must come back once a year (on at most {@value #MAX_DAYS} candidate days), and the zone may
 * have at most {@value #MAX_OBSERVANCES} observances and {@value #MAX_TRANSITIONS} transitions (an
 * Outlook zone, with rules from 1601, has under a thousand).
 */
final class IcsZoneDraft {
    static final int MAX_OBSERVANCES = 100;
    static final int MAX_TRANSITIONS = 20_000;
    static final int MAX_DAYS = 7;
    /** A year past every transition ical4j lists. */
    private static final int HORIZON = 2100;
    private static final List<String> OBSERVANCE_PROPERTIES =
            List.of("DTSTART", "TZOFFSETFROM", "TZOFFSETTO", "RRULE", "RDATE", "TZNAME");
    private static final List<PropertyFactory<?>> FACTORIES = new DefaultPropertyFactorySupplier().get();

    /** A time zone defined in the file, under its TZID, from the line of that TZID. */
    record Definition(String tzid, int line, VTimeZone vTimeZone) {
    }

    private String tzid;
    private int line;
    private final List<Observance> observances = new ArrayList<>();
    private String observance;
    private final List<Property> properties = new ArrayList<>();
    private long transitions;
    private int startYear;

    void add(String name, int at, String value) {
        if (name.equals("TZID") && tzid == null) {
            tzid = value.strip();
            line = at;
        }
    }

    void startObservance(String name) {
        if (!name.equals("STANDARD") && !name.equals("DAYLIGHT")) {
            return;
        }
        if (observances.size() >= MAX_OBSERVANCES) {
            throw new IcsParser.Refusal(0, "a VTIMEZONE with more than " + MAX_OBSERVANCES + " observances");
        }
        observance = name;
        properties.clear();
        startYear = HORIZON;
    }

    void addToObservance(String name, int at, String value) {
        if (observance == null || !OBSERVANCE_PROPERTIES.contains(name)) {
            return;
        }
        Property property;
        try {
            property = new PropertyBuilder(FACTORIES).name(name).value(value.strip()).build();
            if (property instanceof DtStart<?> start) {
                Temporal first = IcsTime.normal(start.getDate());
                startYear = first instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC).getYear()
                        : first.get(ChronoField.YEAR);
            } else if (property instanceof RDate<?> dates) {
                transitions += dates.getDates().size();
            }
        } catch (Exception e) {
            throw new IcsParser.Refusal(at, name + " '" + IcsEventDraft.cut(value.strip(), 40)
                    + "' is not valid in a VTIMEZONE");
        }
        if (property instanceof RRule<?> rrule && days(rrule.getRecur()) > MAX_DAYS) {
            throw new IcsParser.Refusal(at, "a VTIMEZONE rule must come back once a year, on at most "
                    + MAX_DAYS + " days");
        }
        properties.add(property);
    }

    void endObservance() {
        if (observance == null) {
            return;
        }
        for (String required : List.of(Property.DTSTART, Property.TZOFFSETFROM, Property.TZOFFSETTO)) {
            if (properties.stream().noneMatch(p -> p.getName().equals(required))) {
                throw new IcsParser.Refusal(0, observance + " without " + required);
            }
        }
        PropertyList list = new PropertyList(List.copyOf(properties));
        Observance done = observance.equals("STANDARD") ? new Standard(list) : new Daylight(list);
        Optional<RRule<?>> rule = done.getProperty(Property.RRULE);
        if (rule.isPresent()) {
            transitions += days(rule.get().getRecur()) * Math.max(1, HORIZON - startYear);
        }
        if (transitions > MAX_TRANSITIONS) {
            throw new IcsParser.Refusal(0, "a VTIMEZONE with more than " + MAX_TRANSITIONS + " transitions");
        }
        observances.add(done);
        observance = null;
    }

    Definition finish() {
        if (tzid == null || tzid.isEmpty()) {
            throw new IcsParser.Refusal(0, "VTIMEZONE without TZID");
        }
        return new Definition(tzid, line, new VTimeZone(new PropertyList(), new ComponentList<>(observances)));
    }

    /** How many days a year the rule may pick (more than {@link #MAX_DAYS} unless it is yearly). */
    private static long days(Recur<?> rule) {
        if (rule.getFrequency() != Frequency.YEARLY || rule.getHourList().size() > 1
                || rule.getMinuteList().size() > 1 || rule.getSecondList().size() > 1) {
            return Long.MAX_VALUE;
        }
        return (long) Math.max(1, rule.getMonthList().size()) * Math.max(1, rule.getMonthDayList().size())
                * Math.max(1, rule.getDayList().size()) * Math.max(1, rule.getYearDayList().size())
                * Math.max(1, rule.getWeekNoList().size());
    }
}
