package app.kith.dav;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.testing.TestDatabases;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Sync clients sign in with HTTP Basic, the account email and an app password (an API token), and
 * with nothing else; failures are throttled like the sign-in form, and an app password opens
 * nothing outside /dav.
 */
class DavSignInTests {

    @ParameterizedTest
    @EnumSource(TestDatabases.Vendor.class)
    void onlyTheEmailWithALiveAppPasswordGetsIn(TestDatabases.Vendor vendor) throws Exception {
        DavClient client = DavServers.on(vendor).newUser();

        DavClient.Answer anonymous = client.as(null, null, "PROPFIND", client.contacts(), null, "Depth", "0");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("WWW-Authenticate")).startsWith("Basic realm=\"Kith\"");
        assertThat(client.as("someone-else@example.com", client.password, "PROPFIND", client.contacts(), null)
                .status()).as("the token of another email").isEqualTo(401);
        DavClient.Answer ok = client.propfind(client.contacts(), "0", "<d:displayname/>");
        assertThat(ok.status()).isEqualTo(207);
        assertThat(ok.header("Set-Cookie")).as("no session").isNull();

        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> bearer = http.send(HttpRequest.newBuilder(URI.create(client.server.url(client.contacts())))
                .method("PROPFIND", HttpRequest.BodyPublishers.noBody())
                .header("Authorization", "Bearer " + client.password).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(bearer.statusCode()).isEqualTo(401);
        HttpResponse<String> api = http.send(HttpRequest.newBuilder(URI.create(client.server.url("/api/v1/people")))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (client.email + ":" + client.password).getBytes(StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).as("an app password as Basic opens no API").isEqualTo(401);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Vendor.class)
    void wrongPasswordsAreThrottledButTheOwnersAppPasswordStillWorks(TestDatabases.Vendor vendor) {
        DavClient client = DavServers.on(vendor).newUser();
        int status = 0;
        for (int i = 0; i < 8; i++) {
            status = client.as(client.email, "kith_wrong" + i, "PROPFIND", client.contacts(), null).status();
        }
        DavClient.Answer throttled = client.as(client.email, "kith_wrong", "PROPFIND", client.contacts(), null);
        assertThat(status).isEqualTo(429);
        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.header("Retry-After")).matches("\\d+");
        assertThat(client.propfind(client.contacts(), "0", "<d:displayname/>").status()).isEqualTo(207);
    }
}
