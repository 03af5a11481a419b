package app.kith.cli;

import app.kith.KithApplication;
import app.kith.testing.TestDatabases;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Runs {@code kith} in-process against one database, capturing what it prints. */
final class Cli {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final List<String> storage;

    private Cli(List<String> storage) {
        this.storage = storage;
    }

    /** The given global storage options, such as {@code --data DIR}. */
    static Cli on(String... storage) {
        return new Cli(List.of(storage));
    }

    /** A fresh SQLite database in a new data folder. */
    static Cli onSqlite() {
        return new Cli(List.of("--data", TestDatabases.tempDir().toString()));
    }

    /** A fresh PostgreSQL database. */
    static Cli onPostgres() {
        String[] pg = TestDatabases.postgres();
        return new Cli(List.of("--data", TestDatabases.tempDir().toString(), "--db-url", pg[0], "--db-user", pg[1],
                "--db-password", pg[2]));
    }

    Result run(String... args) {
        return runWithInput("", args);
    }

    Result runWithInput(String input, String... args) {
        List<String> all = new ArrayList<>(storage);
        all.addAll(List.of(args));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = KithCli.run(all.toArray(String[]::new),
                new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The application on the same database, to check what a command did through the services. */
    ConfigurableApplicationContext context(String... extraProperties) {
        List<String> properties = new ArrayList<>(List.of(extraProperties));
        for (int i = 0; i < storage.size(); i += 2) {
            properties.add("--kith." + storage.get(i).substring(2).replace("db-", "db.") + "=" + storage.get(i + 1));
        }
        return new SpringApplicationBuilder(KithApplication.class).web(WebApplicationType.NONE)
                .registerShutdownHook(false).run(properties.toArray(String[]::new));
    }

    /** What one command did: its exit code and everything it printed. */
    record Result(int exit, String out, String err) {

        /** The single line printed on standard output (an id, a token). */
        String line() {
            return out.strip();
        }

        JsonNode json() {
            return JSON.readTree(out);
        }
    }
}
