package app.kith.testing;

import static org.assertj.core.api.Assertions.fail;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills a route pattern's path variables from ids keyed by the collection each variable follows
 * ({@code /people/{id}} takes the id under "people"), for the tenant isolation tests of every surface.
 */
public final class RoutePatterns {
    public static final Pattern VARIABLE = Pattern.compile("/([^/{}]+)/\\{([^}]+)}");

    private RoutePatterns() {
    }

    /** The path with each variable replaced; fails, naming what to add, when an id is missing. */
    public static String fill(String pattern, Map<String, String> ids) {
        Matcher m = VARIABLE.matcher(pattern);
        StringBuilder path = new StringBuilder();
        while (m.find()) {
            String id = ids.get(m.group(1));
            if (id == null) {
                fail("cannot fill {" + m.group(2) + "} in " + pattern + ": add an id of '" + m.group(1)
                        + "' to seed() so this route is checked");
            }
            m.appendReplacement(path, "/" + m.group(1) + "/" + id);
        }
        m.appendTail(path);
        if (path.indexOf("{") >= 0) {
            fail("cannot fill the path variables of " + pattern);
        }
        return path.toString();
    }
}
