package app.kith.devseed;

import app.kith.shared.Text;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The word pools the synthetic network is made of, read from {@code devseed/cultures.txt} and
 * {@code devseed/catalog.txt} (data kept as data, so adding a culture needs no code).
 */
record Pools(List<Culture> cultures, Map<String, List<String>> catalog) {

    static Pools load() {
        return new Pools(cultures(lines("devseed/cultures.txt")), catalog(lines("devseed/catalog.txt")));
    }

    List<String> words(String key) {
        List<String> words = catalog.get(key);
        if (words == null) {
            throw new IllegalStateException("devseed/catalog.txt has no '" + key + "'");
        }
        return words;
    }

    private static List<Culture> cultures(List<String> lines) {
        List<Culture> cultures = new ArrayList<>();
        Map<String, String> block = new LinkedHashMap<>();
        for (String line : lines) {
            int space = line.indexOf(' ');
            String key = line.substring(0, space);
            if (key.equals("culture") && !block.isEmpty()) {
                cultures.add(culture(block));
                block.clear();
            }
            block.put(key, line.substring(space + 1).strip());
        }
        if (!block.isEmpty()) {
            cultures.add(culture(block));
        }
        return List.copyOf(cultures);
    }

    private static Culture culture(Map<String, String> block) {
        String order = block.getOrDefault("order", "given-family").toUpperCase(Locale.ROOT).replace('-', '_');
        return new Culture(block.get("culture"), Double.parseDouble(block.get("weight")), block.get("region"),
                Culture.Order.valueOf(order), Integer.parseInt(block.getOrDefault("surnames", "1")),
                Double.parseDouble(block.getOrDefault("romanized", "0")),
                split(block.get("female")).stream().map(Pools::given).toList(),
                split(block.get("male")).stream().map(Pools::given).toList(),
                split(block.get("family")).stream().map(Pools::family).toList());
    }

    /** {@code Name~latin=Nick}, both suffixes optional. */
    private static Culture.GivenName given(String entry) {
        String[] nick = entry.split("=", 2);
        Culture.Form form = form(nick[0]);
        return new Culture.GivenName(form.name(), form.latin(), nick.length > 1 ? nick[1].strip() : null);
    }

    /** {@code Masculine~latin/Feminine~latin}, the feminine form optional. */
    private static Culture.FamilyName family(String entry) {
        String[] forms = entry.split("/", 2);
        Culture.Form masculine = form(forms[0]);
        return new Culture.FamilyName(masculine, forms.length > 1 ? form(forms[1]) : masculine);
    }

    private static Culture.Form form(String text) {
        String[] parts = text.split("~", 2);
        String name = parts[0].strip();
        String latin = parts.length > 1 ? parts[1].strip() : Text.fold(name);
        if (!latin.matches("[a-z' -]*[a-z][a-z' -]*")) {
            throw new IllegalStateException("devseed/cultures.txt: '" + name + "' needs a romanization (~latin)");
        }
        return new Culture.Form(name, latin);
    }

    private static Map<String, List<String>> catalog(List<String> lines) {
        Map<String, List<String>> catalog = new LinkedHashMap<>();
        for (String line : lines) {
            int colon = line.indexOf(':');
            catalog.computeIfAbsent(line.substring(0, colon).strip(), k -> new ArrayList<>())
                    .addAll(split(line.substring(colon + 1)));
        }
        catalog.replaceAll((k, v) -> List.copyOf(v));
        return catalog;
    }

    private static List<String> split(String list) {
        if (list == null) {
            return List.of();
        }
        return Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** The file's lines without comments and blank lines. */
    private static List<String> lines(String resource) {
        try (InputStream in = Pools.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the program");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
