package app.kith.conferences;

import app.kith.exchange.AttendedEvent;
import app.kith.exchange.AttendedEventsImport;
import app.kith.shared.AccountId;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Events an import read (LinkedIn's Events.csv) become conference editions you attended: a series
 * by the event's name (without a trailing year, so "Summit 2025" and "Summit 2026" are one series),
 * the edition of its year with its dates, and you as going (still ahead) or went. An edition you
 * already attend is left as it is, so importing twice adds nothing.
 */
@Component
class AttendedEvents implements AttendedEventsImport {
    private final ConferenceService conferences;
    private final Clock clock;

    AttendedEvents(ConferenceService conferences, Clock clock) {
        this.conferences = conferences;
        this.clock = clock;
    }

    @Override
    public int attended(AccountId account, List<AttendedEvent> events, boolean dryRun) {
        Set<String> seen = new HashSet<>();
        int added = 0;
        for (AttendedEvent event : events) {
            if (event.name() == null || event.name().isBlank() || event.start() == null) {
                continue;
            }
            int year = event.start().getYear();
            String name = seriesName(event.name(), year);
            if (!seen.add(name.toLowerCase(Locale.ROOT) + "/" + year)) {
                continue;
            }
            Series series = conferences.list(account).stream()
                    .filter(s -> s.name().equalsIgnoreCase(name)).findFirst().orElse(null);
            if (series != null && conferences.attending(account, series.id(), year)) {
                continue;
            }
            added++;
            if (dryRun) {
                continue;
            }
            if (series == null) {
                series = conferences.create(account, new SeriesChanges(name, null,
                        event.start().getMonthValue(), event.url()));
            }
            LocalDate end = event.end() != null && !event.end().isBefore(event.start())
                    && !event.end().isAfter(event.start().plusDays(60)) ? event.end() : null;
            conferences.edition(account, series.id(), year, new EditionChanges(event.start().toString(),
                    end == null ? null : end.toString(), null));
            conferences.attend(account, series.id(), year, List.of(),
                    event.start().isBefore(LocalDate.now(clock)) ? "went" : "going");
        }
        return added;
    }

    private static String seriesName(String eventName, int year) {
        String name = eventName.strip();
        String suffix = " " + year;
        return name.endsWith(suffix) && name.length() > suffix.length()
                ? name.substring(0, name.length() - suffix.length()).strip() : name;
    }
}
