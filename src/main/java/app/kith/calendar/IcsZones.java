package app.kith.calendar;

import app.kith.shared.BadDataException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.ZoneRulesBuilder;

/**
 * The time zone a TZID names in one file. A VTIMEZONE of the file defines it first, as RFC 5545
 * says, whatever it is called: Outlook's "W. Europe Standard Time", Google's and Apple's
 * "Europe/Berlin", or anything else; its rules are built by ical4j. Without one, a Java zone id
 * (Europe/Berlin) or a Windows zone name ical4j knows is used. A time without a zone (floating), or
 * with a TZID nothing defines, is read as UTC.
 */
final class IcsZones {
    private static final ZoneRules UTC = ZoneOffset.UTC.getRules();

    private final String file;
    private final Map<String, IcsZoneDraft.Definition> definitions;
    private final Map<String, ZoneRules> resolved = new HashMap<>();

    IcsZones(String file, Map<String, IcsZoneDraft.Definition> definitions) {
        this.file = file;
        this.definitions = definitions;
    }

    /** The rules of the zone {@code tzid} names (UTC for none). */
    ZoneRules rules(String tzid) {
        if (tzid == null) {
            return UTC;
        }
        ZoneRules rules = resolved.get(tzid);
        if (rules == null) {
            rules = resolve(tzid);
            resolved.put(tzid, rules);
        }
        return rules;
    }

    /**
     * The instant of a wall-clock time under these rules: in a gap (spring forward), the time is read
     * with the offset before the gap; in an overlap (fall back), as its first occurrence (RFC 5545 3.3.5).
     */
    static Instant instant(LocalDateTime local, ZoneRules rules) {
        List<ZoneOffset> offsets = rules.getValidOffsets(local);
        if (offsets.isEmpty()) {
            ZoneOffsetTransition gap = rules.getTransition(local);
            return local.toInstant(gap.getOffsetBefore());
        }
        return local.toInstant(offsets.getFirst());
    }

    /** The wall-clock time of an instant under these rules. */
    static LocalDateTime local(Instant instant, ZoneRules rules) {
        return LocalDateTime.ofEpochSecond(instant.getEpochSecond(), instant.getNano(), rules.getOffset(instant));
    }

    private ZoneRules resolve(String tzid) {
        IcsZoneDraft.Definition definition = definitions.get(tzid);
        ZoneId known = known(tzid);
        if (definition != null) {
            try {
                return new ZoneRulesBuilder().vTimeZone(definition.vTimeZone()).build();
            } catch (RuntimeException e) {
                if (known == null) {
                    throw new BadDataException(file, definition.line(), "VTIMEZONE '" + IcsEventDraft.cut(tzid, 60)
                            + "' does not define a time zone (" + IcsEventDraft.cut(String.valueOf(e.getMessage()), 80)
                            + ")");
                }
            }
        }
        return known == null ? UTC : known.getRules();
    }

    private static ZoneId known(String tzid) {
        try {
            return ZoneId.of(tzid);
        } catch (DateTimeException e) {
            // perhaps a Windows name
        }
        try {
            TimeZone zone = TimeZoneRegistryFactory.getInstance().createRegistry().getTimeZone(tzid);
            return zone == null ? null : ZoneId.of(zone.getID());
        } catch (RuntimeException e) {
            return null;
        }
    }
}
