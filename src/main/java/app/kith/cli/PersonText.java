package app.kith.cli;

import app.kith.directory.PersonCard;
import app.kith.directory.PersonProfile;
import app.kith.organizations.Affiliation;
import app.kith.people.Person;
import app.kith.people.Relationship;
import app.kith.people.PostalAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** People as readable text for the terminal; every piece of user text is made safe by {@link Table}. */
final class PersonText {
    private static final String NONE = "-";

    private PersonText() {
    }

    static List<String> table(List<PersonCard> people) {
        Table table = new Table(new String[] {"ID", "NAME", "ORGANIZATION", "TITLE", "CIRCLE", "LAST SEEN"},
                new int[] {0, 40, 30, 30, 0, 0});
        for (PersonCard p : people) {
            table.row(p.id(), p.self() ? p.name() + " (you)" : p.name(), orNone(p.organization()), orNone(p.title()),
                    p.circle(), p.lastInteraction() == null ? NONE : p.lastInteraction().toString());
        }
        return table.lines();
    }

    static List<String> profile(PersonCard card, PersonProfile profile) {
        Person p = profile.person();
        List<String> lines = new ArrayList<>();
        lines.add(Safe.text(p.nickname() == null ? p.name() : p.name() + " (" + p.nickname() + ")")
                + (p.self() ? "  — you" : ""));
        Table facts = new Table(new String[] {"", ""}, new int[] {0, 0});
        facts.row("id", p.id());
        fact(facts, "works at", join(" — ", card.organization(), card.title()));
        fact(facts, "emails", String.join(", ", p.contact().emails()));
        fact(facts, "phones", String.join(", ", p.contact().phones()));
        fact(facts, "urls", String.join(", ", p.contact().urls()));
        p.contact().addresses().forEach(a -> fact(facts, a.label() == null ? "address" : a.label(), address(a)));
        fact(facts, "birthday", p.birthday() == null ? null : p.birthday().toString());
        fact(facts, "met", p.howWeMet());
        Relationship r = p.relationship();
        facts.row("circle", card.circle() + (r.cadenceDays() == null ? "" : ", every " + r.cadenceDays() + " days"));
        facts.row("relationship", card.kind() + ", trust " + card.trust() + ", bridge " + card.bridge());
        fact(facts, "partnership", join(" — ", r.partnershipStage() == null ? null : r.partnershipStage().wire(),
                r.partnershipCase()));
        fact(facts, "tags", String.join(", ", p.tags()));
        facts.row("last seen", card.lastInteraction() == null ? "never" : card.lastInteraction().toString());
        facts.row("health", card.health() == null ? "not scored yet" : card.health() + "/100");
        fact(facts, "notes", p.notes());
        facts.lines().forEach(line -> lines.add("  " + line));
        section(lines, "Affiliations", affiliations(profile.affiliations()));
        section(lines, "Recent interactions", interactions(profile.recentInteractions()));
        section(lines, "Connections", connections(profile.connections()));
        return lines;
    }

    private static List<String> affiliations(List<Affiliation> affiliations) {
        Table table = new Table(new String[] {"", "", "", ""}, new int[] {0, 40, 40, 0});
        for (Affiliation a : affiliations) {
            table.row(a.role().wire().replace('-', ' '), a.organizationName(), orNone(a.title()),
                    years(a));
        }
        return table.lines();
    }

    private static List<String> interactions(List<PersonProfile.TimelineEntry> entries) {
        Table table = new Table(new String[] {"", "", "", "", ""}, new int[] {0, 0, 0, 50, 60});
        for (PersonProfile.TimelineEntry e : entries) {
            table.row(e.date().toString(), e.kind(), e.direction(), e.participants().stream()
                    .map(x -> Objects.requireNonNullElse(x.name(), x.id())).collect(Collectors.joining(", ")),
                    e.notes() == null ? "" : e.notes());
        }
        return table.lines();
    }

    private static List<String> connections(List<PersonProfile.ConnectionEntry> entries) {
        Table table = new Table(new String[] {"", "", "", ""}, new int[] {40, 0, 0, 0});
        for (PersonProfile.ConnectionEntry c : entries) {
            table.row(Objects.requireNonNullElse(c.name(), c.personId()), c.kind(), "strength " + c.strength(),
                    c.personId());
        }
        return table.lines();
    }

    private static void section(List<String> lines, String title, List<String> body) {
        if (!body.isEmpty()) {
            lines.add("");
            lines.add(title);
            body.forEach(line -> lines.add("  " + line));
        }
    }

    private static void fact(Table facts, String label, String value) {
        if (value != null && !value.isBlank()) {
            facts.row(label, value);
        }
    }

    private static String years(Affiliation a) {
        if (a.start() == null && a.end() == null) {
            return "";
        }
        return (a.start() == null ? "?" : a.start().toString()) + "–" + (a.end() == null ? "" : a.end().toString());
    }

    private static String address(PostalAddress a) {
        return join(", ", a.street(), a.postalCode() == null ? a.locality() : join(" ", a.postalCode(), a.locality()),
                a.region(), a.country());
    }

    private static String join(String separator, String... parts) {
        String joined = Stream.of(parts).filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(separator));
        return joined.isEmpty() ? null : joined;
    }

    private static String orNone(String value) {
        return value == null || value.isBlank() ? NONE : value;
    }
}
