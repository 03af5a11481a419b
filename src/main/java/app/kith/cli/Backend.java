package app.kith.cli;

import app.kith.KithApplication;
import app.kith.accounts.AccountService;
import app.kith.shared.AccountId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import tools.jackson.databind.json.JsonMapper;

/**
 * The application a command runs against: the same module beans the server uses (one wiring of
 * the services), started without the web adapters ({@link CommandContext}) and with every bean
 * created only when a command first needs it, so a read such as {@code kith people list} starts quickly.
 */
final class Backend implements AutoCloseable {
    private final ConfigurableApplicationContext context;

    private Backend(ConfigurableApplicationContext context) {
        this.context = context;
    }

    static Backend forCommands(Map<String, String> storage) {
        // Boot warms up Jackson, the validator and the HTTP converters on a second thread and waits
        // for it before returning; a command that lives a second has no use for that on two cores.
        System.setProperty("spring.backgroundpreinitializer.ignore", "true");
        CommandLogging.install();
        Map<String, String> properties = new LinkedHashMap<>(storage);
        Map<String, String> withoutMigrations = new LinkedHashMap<>(properties);
        withoutMigrations.put("spring.flyway.enabled", "false");
        ConfigurableApplicationContext context = start(withoutMigrations);
        if (Schema.isCurrent(context)) {
            return new Backend(context);
        }
        // A new database, or a newer build: start again the usual way, so Flyway migrates it.
        context.close();
        return new Backend(start(properties));
    }

    private static ConfigurableApplicationContext start(Map<String, String> properties) {
        return new SpringApplicationBuilder(CommandContext.class)
                .web(WebApplicationType.NONE)
                .lazyInitialization(true)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .registerShutdownHook(false)
                .environment(environment(properties))
                .run();
    }

    /** Starts the web application and API; returns once it is serving. */
    static ConfigurableApplicationContext serve(Map<String, String> storage, int port, String address) {
        Map<String, String> properties = new LinkedHashMap<>(storage);
        properties.put("server.port", Integer.toString(port));
        properties.put("server.address", address);
        return new SpringApplicationBuilder(KithApplication.class)
                .web(WebApplicationType.SERVLET)
                .bannerMode(Banner.Mode.OFF)
                .environment(environment(properties))
                .run();
    }

    /**
     * Options given on the command line win over the environment and application.properties, so
     * they go first. Values are escaped so that a password containing "${" is taken literally.
     */
    private static StandardEnvironment environment(Map<String, String> properties) {
        Map<String, Object> escaped = new LinkedHashMap<>();
        properties.forEach((key, value) -> escaped.put(key, value.replace("${", "\\${")));
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("kith-command-line", escaped));
        return environment;
    }

    <T> T get(Class<T> type) {
        return context.getBean(type);
    }

    /** The account the command acts for: the one named by --account, or the only one there is. */
    AccountId account(String email) {
        return get(AccountService.class).resolve(email).id();
    }

    /** The application's one JSON mapper, so the CLI writes JSON exactly as the API does. */
    String json(Object value) {
        return get(JsonMapper.class).writerWithDefaultPrettyPrinter().writeValueAsString(value);
    }

    @Override
    public void close() {
        context.close();
    }
}
