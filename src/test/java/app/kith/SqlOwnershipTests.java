package app.kith;

import static org.assertj.core.api.Assertions.assertThat;
import static java.util.Map.entry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each table has one owning module, and only its owner's SQL names it: other modules ask the owner's
 * service, or announce a change in an event the owner listens to.
 */
class SqlOwnershipTests {
    private static final Path SOURCES = Path.of("src/main/java/app/kith");
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

    private static final Map<String, String> OWNERS = Map.ofEntries(
            entry("accounts", "accounts"), entry("api_tokens", "accounts"),
            entry("sign_in_attempts", "accounts"), entry("sign_in_devices", "accounts"),
            entry("people", "people"), entry("people_fts", "people"), entry("people_search_docs", "people"),
            entry("people_search_versions", "people"),
            entry("people_last_touches", "people"), entry("contact_points", "people"), entry("addresses", "people"),
            entry("tags", "people"), entry("person_tags", "people"), entry("person_photos", "people"),
            entry("interactions", "interactions"), entry("interaction_participants", "interactions"),
            entry("organizations", "organizations"), entry("affiliations", "organizations"),
            entry("connections", "connections"),
            entry("bridge_plans", "insights"), entry("circle_cadences", "insights"),
            entry("insight_revisions", "insights"), entry("insight_pictures", "insights"),
            entry("events", "calendar"), entry("event_people", "calendar"), entry("calendar_feeds", "calendar"),
            entry("conference_series", "conferences"), entry("conference_editions", "conferences"),
            entry("conference_attendance", "conferences"), entry("conference_meetings", "conferences"),
            entry("note_cards", "notecards"),
            entry("digest_schedules", "digest"), entry("digest_deliveries", "digest"), entry("shedlock", "storage"),
            entry("server_secrets", "secrets"), entry("pending_uploads", "exchange"),
            entry("idempotency_keys", "idempotency"),
            entry("dav_calendar_objects", "dav"),
            entry("dav_sync", "dav"), entry("dav_cards", "dav"), entry("dav_events", "dav"),
            entry("sources", "sources"), entry("source_folders", "sources"), entry("source_seen", "sources"),
            entry("source_touches", "sources"), entry("suggestions", "sources"), entry("suggestion_touches", "sources"),
            entry("source_calendars", "sources"), entry("source_meetings", "sources"));

    /** Tables that only lived between two steps of one migration. */
    private static final Set<String> INTERIM = Set.of("contact_points_clustered", "event_people_clustered",
            "participants_clustered", "circle_cadences_rebuilt");

    /** A restored SQLite file is a copy of the whole database: it rebuilds its full-text index. */
    private static final Set<String> WHOLE_COPIES = Set.of("backup/SqliteFile.java");

    private static final Pattern LITERAL = Pattern.compile("\"\"\"([\\s\\S]*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    private static final Pattern STATEMENT = Pattern.compile("\\b(?:FROM|JOIN|INTO|UPDATE|TABLE)\\s+([a-z_]+)\\b");
    private static final Pattern CREATED = Pattern.compile("CREATE (?:VIRTUAL )?(?:TABLE|VIEW) (?:IF NOT EXISTS )?([a-z_]+)");

    @Test
    void eachModulesSqlNamesOnlyItsOwnTables() throws IOException {
        Set<String> strangers = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(file -> {
                String relative = SOURCES.relativize(file).toString().replace('\\', '/');
                if (!relative.contains("/") || WHOLE_COPIES.contains(relative)) {
                    return;
                }
                String module = relative.substring(0, relative.indexOf('/'));
                Matcher literal = LITERAL.matcher(read(file));
                while (literal.find()) {
                    String text = literal.group(1) != null ? literal.group(1) : literal.group(2);
                    Matcher table = STATEMENT.matcher(text);
                    while (table.find()) {
                        String owner = OWNERS.get(table.group(1));
                        if (owner != null && !owner.equals(module)) {
                            strangers.add(relative + " names " + table.group(1) + " (owned by " + owner + ")");
                        }
                    }
                }
            });
        }

        assertThat(strangers).isEmpty();
    }

    @Test
    void everyTableTheMigrationsCreateHasAnOwner() throws IOException {
        Set<String> created = new TreeSet<>();
        try (Stream<Path> files = Files.walk(MIGRATIONS)) {
            files.filter(f -> f.toString().endsWith(".sql")).forEach(file -> {
                Matcher m = CREATED.matcher(read(file));
                while (m.find()) {
                    created.add(m.group(1));
                }
            });
        }
        created.removeAll(INTERIM);

        assertThat(created).isNotEmpty();
        assertThat(OWNERS.keySet()).containsAll(created);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
