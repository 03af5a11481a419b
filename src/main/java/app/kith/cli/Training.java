package app.kith.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The training run the {@code kith} launcher records a JVM ahead-of-time cache from (JEP 483/514):
 * {@code Training commands|serve DIR} does in one process what a user typically does, on a throwaway
 * database in DIR, so that the classes those commands load come from the cache in later runs.
 * It is never run by users; the launcher ignores it when it fails.
 */
final class Training {
    private static final String PASSWORD = "training-password";

    private Training() {
    }

    static void main(String[] args) throws Exception {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: Training commands|serve DIR");
        }
        Path dir = Path.of(args[1]);
        Files.createDirectories(dir);
        // Never the user's database: an explicit URL wins over $KITH_DB_URL and $KITH_DATA.
        List<String> storage = List.of("--data", dir.toString(), "--db-url", "jdbc:sqlite:" + dir.resolve("kith.db"));
        String self = run(storage, PASSWORD + "\n", "init", "--email", "me@example.com", "--name", "Me Myself",
                "--password-stdin").replaceAll(".* ", "").strip();
        String ada = run(storage, "", "people", "add", "Ada Lovelace", "--email", "ada@example.com", "--org",
                "Analytical Engines", "--title", "CTO", "--circle", "inner", "--tag", "math").strip();
        if (args[0].equals("serve")) {
            serve(storage, ada);
        } else {
            commands(storage, self, ada);
        }
        System.exit(0);
    }

    private static void commands(List<String> storage, String self, String ada) {
        run(storage, "", "people", "add", "Charles Babbage", "--org", "Analytical Engines");
        run(storage, "", "log", ada, "--kind", "coffee", "--direction", "gave", "--note", "engines");
        run(storage, "", "connect", self, ada);
        run(storage, "", "people", "list", "--query", "lov", "--limit", "20");
        run(storage, "", "people", "list", "--json");
        run(storage, "", "people", "show", ada);
        run(storage, "", "today");
        run(storage, "", "today", "--json");
        run(storage, "", "events", "list");
        run(storage, "", "--help");
        run(storage, "", "people", "list", "--no-such-option");
    }

    /** Starts the server, signs in and opens the pages a visitor opens first, then stops it. */
    private static void serve(List<String> storage, String person) throws Exception {
        KithCommand kith = new KithCommand(new Console(System.in, System.out, System.err));
        kith.data = storage.get(1);
        kith.dbUrl = storage.get(3);
        try (ConfigurableApplicationContext server = Backend.serve(kith.storage(), 0, "127.0.0.1")) {
            String base = "http://127.0.0.1:" + server.getEnvironment().getProperty("local.server.port");
            HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
            get(http, base + "/healthz");
            String login = get(http, base + "/login");
            Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(login);
            if (csrf.find()) {
                Map<String, String> form = Map.of("username", "me@example.com", "password", PASSWORD, "_csrf",
                        csrf.group(1));
                http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form.entrySet().stream()
                                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                                .collect(Collectors.joining("&")))).build(), HttpResponse.BodyHandlers.discarding());
            }
            get(http, base + "/");
            get(http, base + "/people");
            get(http, base + "/people?q=me");
            get(http, base + "/people/" + person);
        }
    }

    private static String get(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static String run(List<String> storage, String input, String... args) {
        List<String> all = new ArrayList<>(storage);
        all.addAll(List.of(args));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream discard = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        KithCli.run(all.toArray(String[]::new), new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), discard);
        return out.toString(StandardCharsets.UTF_8);
    }
}
