package app.kith.calendar;

import java.time.temporal.TemporalAmount;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.TemporalAdapter;
import net.fortuna.ical4j.model.TemporalAmountAdapter;
import net.fortuna.ical4j.transform.recurrence.Frequency;
import net.fortuna.ical4j.util.Strings;

/**
 * One VEVENT's properties as they are read, each value parsed by ical4j when its line ends, so that
 * a value Kith cannot use is refused at its own line. The first of a property counts (as RFC 5545
 * allows one); ATTENDEE, CATEGORIES, EXDATE and RDATE may come many times, together with at most
 * {@value #MAX_DATES} dates.
 */
final class IcsEventDraft {
    static final int MAX_DATES = 10_000;
    /** How many combinations of BY values one period of a rule may try: ical4j lists them all at once. */
    static final int MAX_COMBINATIONS = 1_000;

    private final String method;
    private String uid;
    private IcsTime start;
    private IcsTime end;
    private TemporalAmount duration;
    private Recur<?> rule;
    private IcsTime until;
    private int ruleLine;
    private final List<IcsTime> rdates = new ArrayList<>();
    private final List<IcsTime> exdates = new ArrayList<>();
    private IcsTime recurrenceId;
    private String summary;
    private String description;
    private String location;
    private final List<String> categories = new ArrayList<>();
    private boolean cancelled;
    private IcsEvent.Address organizer;
    private final List<IcsEvent.Address> attendees = new ArrayList<>();

    IcsEventDraft(String method) {
        this.method = method;
    }

    void add(String name, int line, Map<String, String> params, String value) {
        switch (name) {
            case "UID" -> uid = uid != null ? uid : text(value).strip();
            case "DTSTART" -> start = start != null ? start : time(name, line, params, value);
            case "DTEND" -> end = end != null ? end : time(name, line, params, value);
            case "RECURRENCE-ID" -> recurrenceId = recurrenceId != null ? recurrenceId : time(name, line, params, value);
            case "DURATION" -> duration = duration != null ? duration : duration(line, value);
            case "RRULE" -> {
                if (rule == null) {
                    rule(line, value);
                }
            }
            case "RDATE", "EXDATE" -> dates(name, line, params, value, name.equals("RDATE") ? rdates : exdates);
            case "SUMMARY" -> summary = summary != null ? summary : text(value);
            case "DESCRIPTION" -> description = description != null ? description : text(value);
            case "LOCATION" -> location = location != null ? location : text(value);
            case "CATEGORIES" -> {
                for (String category : value.split("(?<!\\\\),")) {
                    categories.add(text(category).strip());
                }
            }
            case "STATUS" -> cancelled = cancelled || value.strip().equalsIgnoreCase("CANCELLED");
            case "ORGANIZER" -> organizer = organizer != null ? organizer : address(params, value);
            case "ATTENDEE" -> attendees.add(address(params, value));
            default -> {
                // Kith has no use for it.
            }
        }
    }

    IcsEvent finish() {
        if (start == null) {
            throw new IcsParser.Refusal(0, "VEVENT without DTSTART");
        }
        if (rule != null && start.day() && subDaily(rule)) {
            throw new IcsParser.Refusal(ruleLine, "RRULE repeats within a day, but DTSTART is a day (VALUE=DATE)");
        }
        return new IcsEvent(method, uid, start, end, duration, rule, until, ruleLine, List.copyOf(rdates),
                List.copyOf(exdates), recurrenceId, summary, description, location, List.copyOf(categories),
                cancelled, organizer, List.copyOf(attendees));
    }

    private static String text(String value) {
        return Strings.unescape(value);
    }

    private static IcsTime time(String name, int line, Map<String, String> params, String value) {
        String text = value.strip();
        try {
            IcsTime time = new IcsTime(TemporalAdapter.parse(text).getTemporal(), params.get("TZID"), line);
            if ("DATE".equalsIgnoreCase(params.get("VALUE")) && !time.day()) {
                throw new IllegalArgumentException("VALUE=DATE with a time");
            }
            return time;
        } catch (RuntimeException e) {
            throw new IcsParser.Refusal(line, name + " '" + cut(text, 40) + "' is not a date or date-time");
        }
    }

    private void dates(String name, int line, Map<String, String> params, String value, List<IcsTime> into) {
        for (String part : value.split(",")) {
            if (rdates.size() + exdates.size() >= MAX_DATES) {
                throw new IcsParser.Refusal(line, "more than " + MAX_DATES + " RDATE and EXDATE dates in one VEVENT");
            }
            // A PERIOD (start/end or start/duration) counts from its start.
            int slash = part.indexOf('/');
            into.add(time(name, line, params, slash < 0 ? part : part.substring(0, slash)));
        }
    }

    private static TemporalAmount duration(int line, String value) {
        try {
            return TemporalAmountAdapter.parse(value.strip()).getDuration();
        } catch (RuntimeException e) {
            throw new IcsParser.Refusal(line, "DURATION '" + cut(value.strip(), 40) + "' is not a duration");
        }
    }

    private void rule(int line, String value) {
        Recur<?> read;
        IcsTime readUntil;
        try {
            read = new Recur<>(value.strip());
            readUntil = read.getUntil() == null ? null : new IcsTime(read.getUntil(), null, line);
        } catch (RuntimeException e) {
            throw new IcsParser.Refusal(line, "RRULE '" + cut(value.strip(), 60) + "' is not a recurrence rule ("
                    + cut(String.valueOf(e.getMessage()), 80) + ")");
        }
        String parts = value.toUpperCase(Locale.ROOT);
        if (parts.contains("INTERVAL=") && (read.getInterval() < 1 || read.getInterval() > 100_000)) {
            throw new IcsParser.Refusal(line, "RRULE INTERVAL must be a whole number from 1 to 100000, not '"
                    + read.getInterval() + "'");
        }
        if (parts.contains("COUNT=") && read.getCount() < 1) {
            throw new IcsParser.Refusal(line, "RRULE COUNT must be a whole number from 1 up, not '"
                    + read.getCount() + "'");
        }
        if (read.getCount() > 0 && readUntil != null) {
            throw new IcsParser.Refusal(line, "RRULE has both COUNT and UNTIL");
        }
        long combinations = 1;
        for (List<?> by : List.of(read.getSecondList(), read.getMinuteList(), read.getHourList(), read.getDayList(),
                read.getMonthDayList(), read.getYearDayList(), read.getWeekNoList(), read.getMonthList())) {
            combinations *= Math.max(1, by.size());
            if (combinations > MAX_COMBINATIONS) {
                throw new IcsParser.Refusal(line, "RRULE combines more than " + MAX_COMBINATIONS + " BY values");
            }
        }
        until = readUntil;
        rule = new Recur.Builder<>(read).until(null).build();
        ruleLine = line;
    }

    private static boolean subDaily(Recur<?> rule) {
        return rule.getFrequency() == Frequency.SECONDLY || rule.getFrequency() == Frequency.MINUTELY
                || rule.getFrequency() == Frequency.HOURLY || !rule.getHourList().isEmpty()
                || !rule.getMinuteList().isEmpty() || !rule.getSecondList().isEmpty();
    }

    private static IcsEvent.Address address(Map<String, String> params, String value) {
        String address = value.strip();
        String email = address.regionMatches(true, 0, "mailto:", 0, 7) ? address.substring(7).strip() : null;
        return new IcsEvent.Address(email, params.get("CN"));
    }

    static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
