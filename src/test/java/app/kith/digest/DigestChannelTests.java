package app.kith.digest;

import static app.kith.digest.DigestFixtures.HOSTILE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kith.digest.DigestFixtures.Owner;
import app.kith.shared.InvalidInputException;
import app.kith.shared.NotFoundException;
import app.kith.shared.Page;
import app.kith.testing.TestDatabases.Vendor;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The webhook channel against a receiver on loopback (the JDK's HttpServer), test sends, refused
 * webhook addresses, and the signed unsubscribe link; on SQLite and PostgreSQL.
 */
class DigestChannelTests {
    private final List<String> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger status = new AtomicInteger(200);
    private HttpServer receiver;

    @BeforeEach
    void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/hook", exchange -> {
            received.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] body = (status.get() == 200 ? "ok" : "boom").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status.get(), body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        receiver.start();
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
    }

    private String hook() {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
    }

    private Owner webhookOwner(Vendor vendor) {
        Owner owner = DigestFixtures.withSomeoneDue(vendor, HOSTILE);
        DigestNodes.bean(vendor, DigestService.class).update(owner.account(),
                new DigestSettingsChanges(true, "daily", null, 9, "UTC", false, hook()));
        return owner;
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void aTestSendPostsTheDigestAsJsonWithAChatSafeTextAndShowsTheReceiversAnswer(Vendor vendor) {
        DigestNodes.CLOCK.set(Instant.parse("2026-08-03T10:00:00Z"));
        Owner owner = webhookOwner(vendor);

        ChannelAnswer answer = DigestNodes.bean(vendor, DigestSender.class).test(owner.account(), Channel.WEBHOOK);

        assertThat(answer).isEqualTo(new ChannelAnswer(Channel.WEBHOOK, true, "200 OK: ok"));
        JsonNode json = JsonMapper.builder().build().readTree(received.getFirst());
        assertThat(json.get("text").asString()).startsWith("This is a test send")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt; O'Brien &amp; Co").doesNotContain("<script>");
        assertThat(json.get("digest").get("reachOut").get(0).get("person").get("name").asString()).isEqualTo(HOSTILE);
        assertThat(json.get("links").get("unsubscribe").asString()).startsWith(DigestNodes.BASE_URL + "/digest/unsubscribe/");
        assertThat(DigestNodes.bean(vendor, DigestService.class).deliveries(owner.account(), Page.Request.of(0, 5))
                .items()).as("a test send is not a delivery").isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void aWebhookThatFailsIsRetriedWhenTheFaultMayPassAndNotWhenItWillNot(Vendor vendor) {
        DigestNodes.CLOCK.set(Instant.parse("2026-08-10T08:00:00Z"));
        Owner owner = webhookOwner(vendor);
        DigestTicker ticker = DigestNodes.bean(vendor, DigestTicker.class);
        DigestService digests = DigestNodes.bean(vendor, DigestService.class);

        status.set(503);
        DigestNodes.CLOCK.set(Instant.parse("2026-08-10T09:00:00Z"));
        ticker.tick();
        Delivery unavailable = digests.deliveries(owner.account(), Page.Request.of(0, 5)).items().getFirst();
        assertThat(unavailable.lastError()).isEqualTo("the webhook answered 503 Service Unavailable: boom");
        assertThat(unavailable.nextAttemptAt()).isEqualTo("2026-08-10T09:05:00Z");

        status.set(404);
        DigestNodes.CLOCK.advance(Duration.ofMinutes(5));
        ticker.tick();
        DigestNodes.CLOCK.advance(Duration.ofHours(2));
        ticker.tick();

        Delivery gone = digests.deliveries(owner.account(), Page.Request.of(0, 5)).items().getFirst();
        assertThat(gone.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(gone.attempts()).isEqualTo(2);
        assertThat(gone.lastError()).isEqualTo("the webhook answered 404 Not Found: boom");
        assertThat(gone.nextAttemptAt()).as("a 404 will not pass by itself").isNull();
        assertThat(received).hasSize(2);
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void aWebhookOnTheServersOwnNetworkIsRefusedAndChangesNothing(Vendor vendor) {
        Owner owner = webhookOwner(vendor);
        DigestService digests = DigestNodes.bean(vendor, DigestService.class);
        DigestSettings before = digests.settings(owner.account());

        for (String url : List.of("http://10.0.0.7/hook", "http://169.254.169.254/latest/meta-data/",
                "http://[::1]:8080/", "ftp://example.org/", "https://user:pw@example.org/")) {
            assertThatThrownBy(() -> digests.update(owner.account(),
                    new DigestSettingsChanges(null, null, null, null, null, null, url)))
                    .as(url).isInstanceOf(InvalidInputException.class).hasMessageStartingWith("webhookUrl: ");
        }

        assertThat(digests.settings(owner.account())).isEqualTo(before);
        assertThat(before.webhook()).as("shown cut to its host").isEqualTo("http://127.0.0.1:"
                + receiver.getAddress().getPort() + "/…");
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void badSettingsSayWhatIsWrongAndChangeNothing(Vendor vendor) {
        Owner owner = DigestFixtures.empty(vendor);
        DigestService digests = DigestNodes.bean(vendor, DigestService.class);
        DigestFixtures.schedule(vendor, owner, "weekly", "monday", 8, "Europe/Oslo");
        DigestSettings before = digests.settings(owner.account());

        assertThatThrownBy(() -> digests.update(owner.account(), new DigestSettingsChanges(null, null, null, null,
                "Mars/Olympus", null, null))).hasMessageStartingWith("zone: 'Mars/Olympus' is not a time zone");
        assertThatThrownBy(() -> digests.update(owner.account(), new DigestSettingsChanges(null, null, null, 24, null,
                null, null))).hasMessageStartingWith("hour: must be 0 to 23");
        assertThatThrownBy(() -> digests.update(owner.account(), new DigestSettingsChanges(null, "hourly", null, null,
                null, null, null))).hasMessageStartingWith("frequency: 'hourly' is not one of daily, weekdays, weekly");
        assertThatThrownBy(() -> digests.update(owner.account(), new DigestSettingsChanges(null, null, "someday", null,
                null, null, null))).hasMessageStartingWith("day: 'someday' is not one of monday");
        assertThatThrownBy(() -> digests.update(owner.account(), new DigestSettingsChanges(true, null, null, null,
                null, false, null))).hasMessageStartingWith("channels: the digest needs a channel");

        assertThat(digests.settings(owner.account())).isEqualTo(before);
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void theUnsubscribeLinkIsSignedExpiresAndTurnsTheDigestOff(Vendor vendor) {
        DigestNodes.CLOCK.set(Instant.parse("2026-09-01T12:00:00Z"));
        Owner owner = DigestFixtures.withSomeoneDue(vendor, "Una Subscribed");
        DigestFixtures.schedule(vendor, owner, "daily", null, 8, "UTC");
        DigestService digests = DigestNodes.bean(vendor, DigestService.class);
        String link = DigestNodes.bean(vendor, DigestChannels.class).links(owner.account(), LocalDate.of(2026, 9, 1))
                .unsubscribe();
        String token = link.substring(link.lastIndexOf('/') + 1);
        String forged = token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA");
        Owner other = DigestFixtures.empty(vendor);

        assertThatThrownBy(() -> digests.unsubscribe(forged)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> digests.unsubscribe(token.replace(owner.account().value(), other.account().value())))
                .isInstanceOf(NotFoundException.class);
        assertThat(digests.settings(owner.account()).enabled()).isTrue();
        assertThat(digests.unsubscribing(token)).isEqualTo(owner.email());

        digests.unsubscribe(token);

        assertThat(digests.settings(owner.account()).enabled()).isFalse();
        assertThat(digests.settings(owner.account()).nextDueAt()).isNull();
        DigestNodes.CLOCK.set(Instant.parse("2026-11-01T12:00:00Z"));
        assertThatThrownBy(() -> digests.unsubscribing(token)).as("61 days later").isInstanceOf(NotFoundException.class);
    }
}
