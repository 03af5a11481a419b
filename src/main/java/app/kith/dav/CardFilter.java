package app.kith.dav;

import app.kith.shared.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An addressbook-query filter (RFC 6352 10.5): property filters, each a property that must be there
 * (or must not, {@code is-not-defined}) with text matches on its value, all or any of them. Text is
 * compared as Kith searches: case and accents folded.
 */
record CardFilter(boolean all, List<PropFilter> filters) {

    record PropFilter(String property, boolean all, boolean notDefined, List<TextMatch> matches) {
    }

    record TextMatch(String text, String type, boolean negate) {
    }

    static CardFilter of(Xml.Element filter) {
        if (filter == null) {
            return new CardFilter(false, List.of());
        }
        List<PropFilter> filters = new ArrayList<>();
        for (Xml.Element p : filter.all(Xml.Name.card("prop-filter"))) {
            String name = p.attribute("name");
            if (name == null || name.isBlank()) {
                throw new DavException(400, Xml.Name.card("valid-filter"), "A prop-filter needs a name.");
            }
            List<TextMatch> matches = p.all(Xml.Name.card("text-match")).stream().map(m -> new TextMatch(m.text(),
                    m.attribute("match-type") == null ? "contains" : m.attribute("match-type"),
                    "yes".equals(m.attribute("negate-condition")))).toList();
            filters.add(new PropFilter(name.toUpperCase(Locale.ROOT), "allof".equals(p.attribute("test")),
                    p.child(Xml.Name.card("is-not-defined")) != null, matches));
        }
        return new CardFilter("allof".equals(filter.attribute("test")), filters);
    }

    boolean keeps(String text) {
        if (filters.isEmpty()) {
            return true;
        }
        return all ? filters.stream().allMatch(f -> keeps(f, text))
                : filters.stream().anyMatch(f -> keeps(f, text));
    }

    private static boolean keeps(PropFilter filter, String text) {
        List<String> values = values(filter.property(), text);
        if (filter.notDefined()) {
            return values.isEmpty();
        }
        if (values.isEmpty()) {
            return false;
        }
        if (filter.matches().isEmpty()) {
            return true;
        }
        return filter.all() ? filter.matches().stream().allMatch(m -> values.stream().anyMatch(v -> matches(m, v)))
                : filter.matches().stream().anyMatch(m -> values.stream().anyMatch(v -> matches(m, v)));
    }

    /** The values of a property as written in the card's text (unfolded), whatever ez-vcard calls it. */
    private static List<String> values(String property, String text) {
        List<String> values = new ArrayList<>();
        for (String line : text.replace("\r\n ", "").replace("\r\n\t", "").split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String head = line.substring(0, colon);
            String name = head.contains(";") ? head.substring(0, head.indexOf(';')) : head;
            if (name.contains(".")) {
                name = name.substring(name.indexOf('.') + 1);
            }
            if (name.equalsIgnoreCase(property)) {
                values.add(line.substring(colon + 1));
            }
        }
        return values;
    }

    private static boolean matches(TextMatch match, String value) {
        String v = Text.fold(value);
        String t = Text.fold(match.text());
        boolean hit = switch (match.type()) {
            case "equals" -> v.equals(t);
            case "starts-with" -> v.startsWith(t);
            case "ends-with" -> v.endsWith(t);
            default -> v.contains(t);
        };
        return hit != match.negate();
    }

}
