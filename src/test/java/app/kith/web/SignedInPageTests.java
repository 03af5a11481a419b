package app.kith.web;

import app.kith.accounts.AccountService;
import app.kith.interactions.InteractionService;
import app.kith.people.PeopleService;
import app.kith.shared.AccountId;
import app.kith.testing.TestDatabases;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Pages read over real HTTP by a signed-in owner, on the whole application at a random port with an
 * SQLite file in a temporary data folder; the classes that extend it share one running application.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class SignedInPageTests {
    private static final Path DATA = TestDatabases.tempDir();
    static final String PASSWORD = "a long enough password";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    PeopleService people;

    @Autowired
    InteractionService interactions;

    /** The application's clock: "today" for what the pages show. */
    @Autowired
    Clock clock;

    @DynamicPropertySource
    static void dataFolder(DynamicPropertyRegistry registry) {
        registry.add("kith.data", DATA::toString);
        registry.add("kith.db.url", () -> "");
    }

    /** A new account's owner, who signs in with {@link #PASSWORD}. */
    record Owner(String email, AccountId account) {
    }

    Owner newOwner(String prefix) {
        String email = prefix + "-" + UUID.randomUUID() + "@example.com";
        return new Owner(email, accounts.create(email, "Page Owner", PASSWORD).id());
    }

    SignedIn signIn(Owner owner) throws IOException, InterruptedException {
        return SignedIn.as(port, owner.email(), PASSWORD);
    }
}
