package app.kith.cli;

import app.kith.storage.Database;
import java.io.IOException;
import java.math.BigInteger;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Whether the database already holds every migration this build ships: when the schema history lists
 * exactly the versioned migrations on the class path, a command skips starting Flyway, which is slow
 * and would find nothing to do. Anything unexpected — no history yet, a pending, failed or unknown
 * migration, repeatable migrations, other locations — answers "no", and Flyway then runs as usual.
 */
final class Schema {
    private static final Pattern VERSIONED = Pattern.compile("V([0-9._]+)__.+\\.sql");

    private Schema() {
    }

    static boolean isCurrent(ConfigurableApplicationContext context) {
        try {
            Set<String> shipped = shipped(context);
            return !shipped.isEmpty() && shipped.equals(applied(context));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static Set<String> shipped(ConfigurableApplicationContext context) throws IOException {
        Environment environment = context.getEnvironment();
        String vendor = context.getBean(Database.class).vendor().name().toLowerCase(Locale.ROOT);
        var resolver = new PathMatchingResourcePatternResolver(context.getClassLoader());
        Set<String> versions = new HashSet<>();
        for (String location : environment.getProperty("spring.flyway.locations", String[].class,
                new String[] {"classpath:db/migration"})) {
            String path = location.strip().replace("{vendor}", vendor);
            if (!path.startsWith("classpath:")) {
                return Set.of();
            }
            String folder = path.substring("classpath:".length());
            for (Resource resource : resolver.getResources("classpath*:" + folder + "/*")) {
                String name = resource.getFilename();
                Matcher versioned = VERSIONED.matcher(name == null ? "" : name);
                if (versioned.matches()) {
                    versions.add(normalized(versioned.group(1).replace('_', '.')));
                } else if (name != null && name.endsWith(".sql")) {
                    return Set.of();
                }
            }
        }
        return versions;
    }

    private static Set<String> applied(ConfigurableApplicationContext context) {
        String table = context.getEnvironment().getProperty("spring.flyway.table", "flyway_schema_history");
        if (!table.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            return Set.of();
        }
        JdbcClient jdbc = JdbcClient.create(context.getBean(DataSource.class));
        if (jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE NOT success").query(Long.class).single() > 0) {
            return Set.of();
        }
        return jdbc.sql("SELECT version FROM " + table + " WHERE version IS NOT NULL").query(String.class).list()
                .stream().map(Schema::normalized).collect(Collectors.toSet());
    }

    /** "1.01" and "1.1" are the same version to Flyway. */
    private static String normalized(String version) {
        return Stream.of(version.split("\\.")).map(part -> new BigInteger(part).toString())
                .collect(Collectors.joining("."));
    }
}
