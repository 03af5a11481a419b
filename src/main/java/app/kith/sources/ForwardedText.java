package app.kith.sources;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MailDateFormat;
import java.text.ParseException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The original's headers in the text of a forwarded message, as mail programs write them: a marker
 * line ("---------- Forwarded message ---------", "Begin forwarded message:", "-----Original
 * Message-----") and then From, To, Cc, Date (or Sent) and Subject lines. The text is read here and
 * dropped; nothing of it but those headers is kept.
 */
final class ForwardedText {
    /** How much of a message's text is looked at for the marker. */
    static final int LIMIT = 64 * 1024;
    private static final Pattern MARKER = Pattern.compile("(?i)^[>\\s]*(-{2,}\\s*(forwarded message|original message)"
            + "\\s*-{2,}|begin forwarded message:)\\s*$");
    private static final Pattern HEADER = Pattern.compile("^[>\\s]*([A-Za-z-]+):\\s*(.*)$");
    private static final Pattern EMAIL = Pattern.compile("[^\\s<>\\[\\]:;,\"()]+@[^\\s<>\\[\\]:;,\"()]+\\.[A-Za-z]{2,}");
    private static final String MONTHS = "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?";
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(?i)\\b(\\d{1,2})\\.?\\s+" + MONTHS + ",?\\s+(\\d{4})");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("(?i)\\b" + MONTHS + "\\s+(\\d{1,2}),?\\s+(\\d{4})");
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final List<String> MONTH_NAMES = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug",
            "sep", "oct", "nov", "dec");

    private ForwardedText() {
    }

    /** The original message the text forwards, or null when it holds no forwarded header block. */
    static MailMessage original(String text, ZoneId zone) {
        String[] lines = (text.length() > LIMIT ? text.substring(0, LIMIT) : text).split("\\r?\\n");
        for (int i = 0; i < lines.length; i++) {
            if (MARKER.matcher(lines[i]).matches()) {
                MailMessage found = headers(lines, i + 1, zone);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static MailMessage headers(String[] lines, int from, ZoneId zone) {
        int i = from;
        while (i < lines.length && lines[i].replace(">", "").isBlank()) {
            i++;
        }
        Map<String, String> headers = new LinkedHashMap<>();
        String last = null;
        for (; i < lines.length; i++) {
            String line = lines[i];
            Matcher header = HEADER.matcher(line);
            if (header.matches()) {
                last = header.group(1).toLowerCase(Locale.ROOT);
                headers.merge(last, header.group(2).strip(), (a, b) -> a + ", " + b);
            } else if (last != null && !line.isBlank() && Character.isWhitespace(line.charAt(0))) {
                headers.merge(last, line.strip(), (a, b) -> a + " " + b);
            } else {
                break;
            }
        }
        List<MailMessage.Address> sender = addresses(headers.get("from"));
        if (sender.isEmpty()) {
            return null;
        }
        String date = headers.getOrDefault("date", headers.get("sent"));
        return new MailMessage(null, List.of(), sender, addresses(headers.get("to")), addresses(headers.get("cc")),
                List.of(), date == null ? null : when(date, zone), null, false, headers.get("subject"));
    }

    /** The addresses in a header line as mail programs write it, Outlook's "Name [mailto:a@b]" included. */
    static List<MailMessage.Address> addresses(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        String cleaned = value.replaceAll("(?i)\\[mailto:([^\\]]+)]", "<$1>");
        List<MailMessage.Address> found = new ArrayList<>();
        try {
            for (InternetAddress a : InternetAddress.parseHeader(cleaned, false)) {
                if (a.getAddress() != null && EMAIL.matcher(a.getAddress()).matches()) {
                    found.add(new MailMessage.Address(a.getAddress().toLowerCase(Locale.ROOT), a.getPersonal()));
                }
            }
        } catch (AddressException e) {
            found.clear();
        }
        if (found.isEmpty()) {
            Matcher m = EMAIL.matcher(cleaned);
            while (m.find()) {
                found.add(new MailMessage.Address(m.group().toLowerCase(Locale.ROOT), null));
            }
        }
        return found;
    }

    /** The instant a forwarded Date line names, or its day at noon when only the day can be read. */
    static Instant when(String value, ZoneId zone) {
        try {
            return new MailDateFormat().parse(value).toInstant();
        } catch (ParseException | RuntimeException e) {
            LocalDate day = day(value);
            return day == null ? null : day.atTime(LocalTime.NOON).atZone(zone).toInstant();
        }
    }

    private static LocalDate day(String value) {
        try {
            Matcher m = DAY_MONTH_YEAR.matcher(value);
            if (m.find()) {
                return LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)));
            }
            m = MONTH_DAY_YEAR.matcher(value);
            if (m.find()) {
                return LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)));
            }
            m = ISO.matcher(value);
            if (m.find()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
            }
        } catch (RuntimeException e) {
            return null;
        }
        return null;
    }

    private static int month(String name) {
        return MONTH_NAMES.indexOf(name.substring(0, 3).toLowerCase(Locale.ROOT)) + 1;
    }
}
