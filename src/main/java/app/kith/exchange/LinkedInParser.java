package app.kith.exchange;

import app.kith.interactions.Direction;
import app.kith.interactions.InteractionKind;
import app.kith.shared.BadDataException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * LinkedIn's data export, whole (the files of the zip) or one CSV file at a time, each recognized by
 * its name or, failing that, its header. Files Kith has no use for are left alone.
 */
final class LinkedInParser {
    /** The files Kith reads, in the order they are read: your own profile first, then your network. */
    enum Kind {
        PROFILE("profile.csv", List.of("first name", "last name", "birth date")),
        POSITIONS("positions.csv", List.of("company name", "title", "started on")),
        EDUCATION("education.csv", List.of("school name", "start date")),
        CONNECTIONS("connections.csv", List.of("first name", "last name", "connected on")),
        INVITATIONS("invitations.csv", List.of("from", "to", "sent at", "direction")),
        MESSAGES("messages.csv", List.of("conversation id", "from", "to", "date")),
        ENDORSEMENTS_RECEIVED("endorsement_received_info.csv", List.of("endorser first name", "endorser last name")),
        ENDORSEMENTS_GIVEN("endorsement_given_info.csv", List.of("endorsee first name", "endorsee last name")),
        RECOMMENDATIONS_RECEIVED("recommendations_received.csv", List.of("first name", "last name", "text", "creation date")),
        RECOMMENDATIONS_GIVEN("recommendations_given.csv", List.of("first name", "last name", "text", "creation date")),
        EVENTS("events.csv", List.of("event name", "event time"));

        final String fileName;
        final List<String> columns;

        Kind(String fileName, List<String> columns) {
            this.fileName = fileName;
            this.columns = columns;
        }

        /** Which LinkedIn file this is, by name first, then by header; null when it is none Kith reads. */
        static Kind of(String name, CsvTable table) {
            String base = name.substring(name.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
            for (Kind kind : values()) {
                if (base.equals(kind.fileName)) {
                    return kind;
                }
            }
            for (Kind kind : values()) {
                if (kind != RECOMMENDATIONS_RECEIVED && table.findHeader(h -> h.containsAll(kind.columns)) != null) {
                    return kind == RECOMMENDATIONS_GIVEN && base.contains("received") ? RECOMMENDATIONS_RECEIVED : kind;
                }
            }
            return null;
        }
    }

    /** A file of the export, already read. */
    record Entry(String name, byte[] bytes) {
    }

    private final boolean messageBodies;
    private final String selfName;
    private String owner;

    /** {@code selfName}: the account owner's name in Kith, used to tell their messages when there is no Profile.csv. */
    LinkedInParser(boolean messageBodies, String selfName) {
        this.messageBodies = messageBodies;
        this.selfName = selfName;
    }

    /**
     * Reads the files; a set in which no file is one LinkedIn writes is bad data ("not a LinkedIn
     * export"), reported against {@code source}.
     */
    void parse(String source, List<Entry> entries, Consumer<Imported> out) {
        Map<Kind, List<Entry>> byKind = new HashMap<>();
        Map<Entry, CsvTable> tables = new HashMap<>();
        for (Entry entry : entries) {
            CsvTable table = CsvTable.of(entry.name(), entry.bytes());
            Kind kind = Kind.of(entry.name(), table);
            if (kind != null) {
                byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(entry);
                tables.put(entry, table);
            }
        }
        if (byKind.isEmpty()) {
            throw new BadDataException(source, 0, "not a LinkedIn data export: it has none of Connections.csv, "
                    + "Invitations.csv, messages.csv, Positions.csv, Education.csv, Profile.csv");
        }
        byKind.keySet().stream().sorted(Comparator.naturalOrder()).forEach(kind ->
                byKind.get(kind).forEach(entry -> read(kind, tables.get(entry), out)));
    }

    private void read(Kind kind, CsvTable table, Consumer<Imported> out) {
        String expected = String.join(", ", kind.columns);
        if (kind == Kind.MESSAGES && owner == null) {
            owner = likelyOwner(table, expected, selfName);
        }
        table.rows(h -> h.containsAll(kind.columns), expected, row -> {
            switch (kind) {
                case PROFILE -> profile(row, out);
                case POSITIONS -> job(row, out, row.get("company name"), "works-at", row.get("title"),
                        row.get("started on"), row.get("finished on"));
                case EDUCATION -> job(row, out, row.get("school name"), "studied-at", row.get("degree name"),
                        row.get("start date"), row.get("end date"));
                case CONNECTIONS -> connection(row, out);
                case INVITATIONS -> invitation(row, out);
                case MESSAGES -> message(row, out);
                case ENDORSEMENTS_RECEIVED -> touch(row, out, person(row, row.get("endorser first name"),
                        row.get("endorser last name"), row.get("endorser public url"), null), Direction.RECEIVED,
                        row.get("endorsement date"), "Endorsed you for " + row.get("skill name") + " on LinkedIn");
                case ENDORSEMENTS_GIVEN -> touch(row, out, person(row, row.get("endorsee first name"),
                        row.get("endorsee last name"), row.get("endorsee public url"), null), Direction.GAVE,
                        row.get("endorsement date"), "You endorsed them for " + row.get("skill name") + " on LinkedIn");
                case RECOMMENDATIONS_RECEIVED -> recommendation(row, out, Direction.RECEIVED,
                        "Recommended you on LinkedIn");
                case RECOMMENDATIONS_GIVEN -> recommendation(row, out, Direction.GAVE, "You recommended them on LinkedIn");
                case EVENTS -> event(row, out);
            }
        });
    }

    private void profile(CsvTable.Row row, Consumer<Imported> out) {
        owner = Clean.words(row.get("first name"), row.get("last name"));
        String birth = row.get("birth date");
        if (birth != null) {
            String birthday = Dates.birthday(birth);
            out.accept(birthday == null ? new Imported.Problem(row.file(), row.line(), "'" + birth + "' is not a birthday")
                    : new Imported.OwnBirthday(row.file(), row.line(), birthday));
        }
    }

    private static void job(CsvTable.Row row, Consumer<Imported> out, String organization, String role, String title,
                            String start, String end) {
        String name = Clean.organization(organization);
        if (name == null) {
            out.accept(new Imported.Problem(row.file(), row.line(), "no organization name"));
            return;
        }
        out.accept(new Imported.OwnJob(row.file(), row.line(), new Imported.Job(name, role, Clean.words(title),
                Dates.yearOrMonth(start), Dates.yearOrMonth(end))));
    }

    private static void connection(CsvTable.Row row, Consumer<Imported> out) {
        String name = Clean.words(row.get("first name"), row.get("last name"));
        if (name == null) {
            // LinkedIn leaves out members who hid their name; nothing to import then.
            out.accept(new Imported.Problem(row.file(), row.line(), "a connection without a name was skipped"));
            return;
        }
        String email = row.get("email address");
        List<String> urls = row.get("url") == null ? List.of() : List.of(row.get("url"));
        String company = Clean.organization(row.get("company"));
        List<Imported.Job> jobs = company == null ? List.of()
                : List.of(new Imported.Job(company, "works-at", Clean.words(row.get("position")), null, null));
        Imported.Person person = new Imported.Person(row.file(), row.line(), name, null,
                email == null || email.startsWith("urn:") ? List.of() : List.of(email), List.of(), urls, List.of(),
                null, jobs, null, List.of(), null);
        out.accept(person);
        touch(row, out, person, Direction.NEUTRAL, row.get("connected on"), "Connected on LinkedIn",
                InteractionKind.OTHER, false);
    }

    private void invitation(CsvTable.Row row, Consumer<Imported> out) {
        boolean outgoing = "outgoing".equalsIgnoreCase(row.get("direction"));
        String name = Clean.words(outgoing ? row.get("to") : row.get("from"));
        String url = outgoing ? row.get("inviteeprofileurl") : row.get("inviterprofileurl");
        String message = row.get("message");
        Imported.Person who = Imported.Person.named(row.file(), row.line(), name, url == null ? List.of() : List.of(url),
                List.of());
        touch(row, out, who, outgoing ? Direction.GAVE : Direction.RECEIVED, row.get("sent at"),
                (outgoing ? "You invited them to connect on LinkedIn" : "They invited you to connect on LinkedIn")
                        + (message == null ? "" : ": " + message), InteractionKind.MESSAGE, false);
    }

    private void message(CsvTable.Row row, Consumer<Imported> out) {
        String from = Clean.words(row.get("from"));
        boolean mine = from != null && from.equalsIgnoreCase(owner);
        String name = mine ? Clean.words(row.get("to")) : from;
        if (name != null && name.contains(",")) {
            name = null; // a group conversation: no one person to file it under
        }
        String url = mine ? null : row.get("sender profile url");
        Imported.Person who = Imported.Person.named(row.file(), row.line(), name, url == null ? List.of() : List.of(url),
                List.of());
        String content = messageBodies ? Clean.clip(row.get("content"), 20000) : null;
        // Messages only add to people already in the network: LinkedIn's inbox is also recruiters and strangers.
        touch(row, out, who, Direction.NEUTRAL, row.get("date"),
                (mine ? "You wrote to them on LinkedIn" : "They wrote to you on LinkedIn")
                        + (content == null ? "" : ": " + content), InteractionKind.MESSAGE, true);
    }

    private static void recommendation(CsvTable.Row row, Consumer<Imported> out, Direction direction, String what) {
        String company = Clean.organization(row.get("company"));
        Imported.Person who = person(row, row.get("first name"), row.get("last name"), null,
                company == null ? null : new Imported.Job(company, "works-at", Clean.words(row.get("job title")), null, null));
        String text = Clean.clip(row.get("text"), 19000);
        touch(row, out, who, direction, row.get("creation date"), what + (text == null ? "" : ": " + text),
                InteractionKind.FAVOR, false);
    }

    private static void event(CsvTable.Row row, Consumer<Imported> out) {
        String time = row.get("event time");
        String[] range = time == null ? new String[0] : time.split(" - ", 2);
        LocalDate start = range.length > 0 ? Dates.day(range[0]) : null;
        LocalDate end = range.length > 1 ? Dates.day(range[1]) : start;
        out.accept(new Imported.Event(row.file(), row.line(), Clean.words(row.get("event name")), start, end,
                row.get("status"), row.get("external url")));
    }

    private static Imported.Person person(CsvTable.Row row, String first, String last, String url, Imported.Job job) {
        return Imported.Person.named(row.file(), row.line(), Clean.words(first, last),
                url == null ? List.of() : List.of(url), job == null ? List.of() : List.of(job));
    }

    private static void touch(CsvTable.Row row, Consumer<Imported> out, Imported.Person who, Direction direction,
                              String date, String notes) {
        touch(row, out, who, direction, date, notes, InteractionKind.FAVOR, false);
    }

    private static void touch(CsvTable.Row row, Consumer<Imported> out, Imported.Person who, Direction direction,
                              String date, String notes, InteractionKind kind, boolean known) {
        if (who.name() == null) {
            out.accept(new Imported.Problem(row.file(), row.line(), "no one to file this under (no name)"));
            return;
        }
        LocalDate day = Dates.day(date);
        if (day == null) {
            out.accept(new Imported.Problem(row.file(), row.line(), date == null ? "no date, so no interaction was added"
                    : "'" + date + "' is not a date, so no interaction was added"));
            return;
        }
        out.accept(new Imported.Touch(row.file(), row.line(), who, kind, direction, day, notes, known));
    }

    /**
     * The export's owner, when there is no Profile.csv: the account owner if they take part, else
     * whoever takes part in most messages.
     */
    private static String likelyOwner(CsvTable table, String expected, String selfName) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Set<String>> conversations = new HashMap<>();
        table.rows(h -> h.containsAll(Kind.MESSAGES.columns), expected, row -> {
            for (String name : new String[] {Clean.words(row.get("from")), Clean.words(row.get("to"))}) {
                if (name != null) {
                    String key = name.toLowerCase(Locale.ROOT);
                    counts.merge(key, 1, Integer::sum);
                    conversations.computeIfAbsent(key, k -> new HashSet<>())
                            .add(String.valueOf(row.get("conversation id")));
                }
            }
        });
        if (selfName != null && counts.containsKey(selfName.toLowerCase(Locale.ROOT))) {
            return selfName;
        }
        // The owner takes part in every conversation; among equals, in the most messages.
        return counts.keySet().stream().max(Comparator.<String>comparingInt(n -> conversations.get(n).size())
                .thenComparingInt(counts::get)).orElse(null);
    }
}
