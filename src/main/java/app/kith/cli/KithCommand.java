package app.kith.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * {@code kith}: the global options; the commands are added by {@link KithCli}. The options are
 * inherited, so they may come before or after the command ({@code kith serve --data DIR} is what
 * people type): picocli stores the value in this object's field wherever it was given.
 */
@Command(name = "kith", mixinStandardHelpOptions = true, versionProvider = KithCommand.Version.class,
        description = "Kith, a personal relationship manager.")
final class KithCommand implements Runnable {
    private final Console console;

    @Spec
    CommandSpec spec;

    @Option(names = "--data", scope = ScopeType.INHERIT, paramLabel = "DIR",
            description = "Data folder holding kith.db (default: $KITH_DATA, else ~/.local/share/kith).")
    String data;

    @Option(names = "--db-url", scope = ScopeType.INHERIT, paramLabel = "JDBC_URL",
            description = "Use this database instead, e.g. jdbc:postgresql://host/kith (default: $KITH_DB_URL).")
    String dbUrl;

    @Option(names = "--db-user", scope = ScopeType.INHERIT, paramLabel = "U",
            description = "Database user (default: $KITH_DB_USER).")
    String dbUser;

    @Option(names = "--db-password", scope = ScopeType.INHERIT, paramLabel = "P",
            description = "Database password (default: $KITH_DB_PASSWORD).")
    String dbPassword;

    @Option(names = "--account", scope = ScopeType.INHERIT, paramLabel = "EMAIL",
            description = "The account to act for; optional when there is exactly one.")
    String account;

    KithCommand(Console console) {
        this.console = console;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "name a command");
    }

    Console console() {
        return console;
    }

    /** Starts the application context for a command that reads or writes data. */
    Backend open() {
        return Backend.forCommands(storage());
    }

    /** The storage settings given on the command line; settings not given keep their environment defaults. */
    Map<String, String> storage() {
        Map<String, String> properties = new LinkedHashMap<>();
        put(properties, "kith.data", data);
        put(properties, "kith.db.url", dbUrl);
        put(properties, "kith.db.user", dbUser);
        put(properties, "kith.db.password", dbPassword);
        return properties;
    }

    String accountEmail() {
        return account;
    }

    /** The command that serves the data folder this command used, for messages that say what to run next. */
    String serveCommand() {
        if (data == null) {
            return "./kith serve";
        }
        // Quoted for the shell unless it is plainly one word, so the line can be pasted as it is.
        String word = data.matches("[\\w./~:+@-]+") ? data : "'" + data.replace("'", "'\\''") + "'";
        return "./kith serve --data " + word;
    }

    private static void put(Map<String, String> properties, String key, String value) {
        if (value != null) {
            properties.put(key, value);
        }
    }

    /** The version from the jar's manifest, when there is one. */
    static final class Version implements picocli.CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = KithCommand.class.getPackage().getImplementationVersion();
            return new String[] {"kith " + (version == null ? "(development build)" : version)};
        }
    }
}
