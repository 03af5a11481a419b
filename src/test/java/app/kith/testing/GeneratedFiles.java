package app.kith.testing;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Large import files of the real formats, generated row by row: for scaling tests and benchmarks. */
public final class GeneratedFiles {
    private static final String[] FIRST = {"Ada", "Bartholomew", "Chiara", "Dmitri", "Émilie", "Farah", "Gustav",
        "Henrik", "Isla", "Jürgen", "Kenji", "Lena", "Mateo", "Nguyễn", "Olu", "Priya", "Quinn", "Rosa", "Sven", "Zoë"};
    private static final String[] LAST = {"Quinlan", "Ng", "Rossi", "Volkov", "Laurent", "Haddad", "Lindgren",
        "Sørensen", "McAllister", "Müller", "Sato", "Kowalski", "García", "Văn An", "Adeyemi", "Patel", "Brown"};
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
        "Nov", "Dec"};

    private GeneratedFiles() {
    }

    /**
     * A LinkedIn {@code Connections.csv} as the export writes it (byte-order mark, "Notes:" preamble):
     * every row a different person, a third with an email, most at one of 2,000 companies.
     */
    public static byte[] connections(int rows) {
        StringBuilder csv = new StringBuilder("\uFEFFNotes:\n\"When exporting your connection data, you may notice "
                + "that some of the email addresses are missing.\"\n\nFirst Name,Last Name,URL,Email Address,Company,"
                + "Position,Connected On\n");
        for (int i = 0; i < rows; i++) {
            String first = FIRST[i % FIRST.length];
            String last = LAST[(i / FIRST.length) % LAST.length];
            csv.append(first).append(',').append(last).append(' ').append(i).append(",https://www.linkedin.com/in/")
                    .append(first.toLowerCase(Locale.ROOT)).append('-').append(i).append(',')
                    .append(i % 3 == 0 ? "p" + i + "@example.com" : "").append(',')
                    .append(i % 10 == 0 ? " -" : "\"Company " + (i % 2000) + ", Inc.\"").append(',')
                    .append(i % 10 == 0 ? "" : "Role " + (i % 50)).append(',')
                    .append("%02d %s %d".formatted(1 + i % 28, MONTHS[i % 12], 2010 + i % 15)).append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A vCard 3.0 file of this many cards, each with an email, a phone, an organization and a folded note. */
    public static void vcards(Path file, int cards) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < cards; i++) {
                w.write("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:" + FIRST[i % FIRST.length] + " Card " + i
                        + "\r\nN:Card " + i + ";" + FIRST[i % FIRST.length] + ";;;\r\nEMAIL;TYPE=INTERNET:card" + i
                        + "@example.com\r\nTEL;TYPE=CELL:" + "+1 415 %03d %04d".formatted(200 + i / 10000, i % 10000)
                        + "\r\nORG:Org " + (i % 5000) + "\r\nTITLE:Role\r\nBDAY:--" + "%02d%02d".formatted(1 + i % 12,
                        1 + i % 28) + "\r\nCATEGORIES:friends\r\nNOTE:A note about card " + i
                        + " that is long enough\r\n  to be folded.\r\nEND:VCARD\r\n");
            }
        }
    }

    /**
     * An iCalendar file that crowds one day: {@code events} single events on {@code day} (every third at a
     * time of day, the rest all day) and {@code series} events repeating daily from {@code seriesFrom}
     * (every other one at a time of day). Titles carry markup, as a hostile file's would.
     */
    public static String busyDay(LocalDate day, int events, LocalDate seriesFrom, int series) {
        StringBuilder ics = new StringBuilder("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//kith//tests//EN\r\n");
        String date = day.format(DateTimeFormatter.BASIC_ISO_DATE);
        for (int i = 0; i < events; i++) {
            ics.append("BEGIN:VEVENT\r\nUID:busy-").append(date).append('-').append(i).append("@example.org\r\n")
                    .append(i % 3 == 0 ? "DTSTART:" + date + "T%02d%02d00Z".formatted(8 + i % 12, i % 60)
                            : "DTSTART;VALUE=DATE:" + date)
                    .append("\r\nSUMMARY:<img src=x onerror=alert(").append(i).append(")> Busy ").append(i)
                    .append("\r\nEND:VEVENT\r\n");
        }
        String first = seriesFrom.format(DateTimeFormatter.BASIC_ISO_DATE);
        for (int i = 0; i < series; i++) {
            ics.append("BEGIN:VEVENT\r\nUID:daily-").append(first).append('-').append(i).append("@example.org\r\n")
                    .append(i % 2 == 0 ? "DTSTART:" + first + "T%02d3000Z".formatted(6 + i % 14)
                            : "DTSTART;VALUE=DATE:" + first)
                    .append("\r\nRRULE:FREQ=DAILY\r\nSUMMARY:Daily ").append(i).append("\r\nEND:VEVENT\r\n");
        }
        return ics.append("END:VCALENDAR\r\n").toString();
    }
}
