package app.kith.dav;

import app.kith.KithApplication;
import app.kith.accounts.AccountService;
import app.kith.accounts.TokenService;
import app.kith.shared.AccountId;
import app.kith.testing.TestDatabases;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole application serving HTTP on a random loopback port, once per database for the test run:
 * SQLite and PostgreSQL, so every DAV test runs against both.
 */
final class DavServers {
    private static final Map<TestDatabases.Vendor, Server> SERVERS = new EnumMap<>(TestDatabases.Vendor.class);

    private DavServers() {
    }

    /** A running server, and what tests need from it. */
    record Server(ConfigurableApplicationContext context, int port) {
        <T> T bean(Class<T> type) {
            return context.getBean(type);
        }

        String url(String path) {
            return "http://127.0.0.1:" + port + path;
        }

        /** A new account with an app password, and a client signed in with them. */
        DavClient newUser() {
            String email = "dav-" + UUID.randomUUID() + "@example.com";
            AccountId account = bean(AccountService.class).create(email, "Dana Owner", null).id();
            String password = bean(TokenService.class).create(account, "phone").secret();
            return new DavClient(this, account, email, password);
        }
    }

    static synchronized Server on(TestDatabases.Vendor vendor) {
        return SERVERS.computeIfAbsent(vendor, v -> {
            List<String> args = new ArrayList<>(List.of(TestDatabases.newDatabase(v)));
            args.add("--server.port=0");
            args.add("--server.address=127.0.0.1");
            // A test server: at the JVM's exit it stops at once rather than waiting for requests to drain.
            args.add("--server.shutdown=immediate");
            ConfigurableApplicationContext context = new SpringApplicationBuilder(KithApplication.class)
                    .web(WebApplicationType.SERVLET).run(args.toArray(String[]::new));
            Runtime.getRuntime().addShutdownHook(new Thread(context::close));
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            return new Server(context, port);
        });
    }
}
