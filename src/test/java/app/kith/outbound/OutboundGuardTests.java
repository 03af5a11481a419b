package app.kith.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kith.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The one outbound guard: which addresses a user may make the server call, and what the operator can open. */
class OutboundGuardTests {
    private final OutboundGuard closed = new OutboundGuard("");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "127.0.0.1|loopback", "127.8.9.10|loopback", "[::1]|loopback", "10.1.2.3|private", "172.16.0.9|private",
        "192.168.1.1|private", "169.254.1.1|link-local", "[fe80::1]|link-local", "[fd12:3456::1]|unique-local",
        "0.0.0.0|unspecified", "[::]|unspecified", "224.0.0.1|multicast", "[ff02::1]|multicast",
        "169.254.169.254|metadata", "[fd00:ec2::254]|metadata", "168.63.129.16|metadata", "100.100.100.200|metadata",
        "100.64.0.1|carrier-grade", "[::ffff:127.0.0.1]|loopback", "[::ffff:10.0.0.1]|private",
        "[64:ff9b::a9fe:a9fe]|metadata", "[2002:7f00:1::]|loopback", "localhost|loopback"})
    void refusesAddressesThatReachTheServerItsNetworkOrItsCloud(String host, String why) {
        assertThatThrownBy(() -> closed.addresses(host)).isInstanceOf(OutboundException.class)
                .hasMessageContaining("refused").hasMessageContaining(why).hasMessageContaining("KITH_FETCH_ALLOW")
                .satisfies(e -> assertThat(((OutboundException) e).refused()).isTrue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.215.14", "[2606:4700::6810:84e5]", "8.8.8.8"})
    void letsPublicAddressesThrough(String host) {
        assertThat(closed.addresses(host)).isNotEmpty();
    }

    @Test
    void theOperatorCanAllowHostsAndBlocks() {
        OutboundGuard open = new OutboundGuard("127.0.0.1, 10.0.0.0/8 localhost ::1/128");

        assertThat(open.addresses("127.0.0.1")).isNotEmpty();
        assertThat(open.addresses("10.9.8.7")).isNotEmpty();
        assertThat(open.addresses("[::1]")).isNotEmpty();
        assertThatThrownBy(() -> open.addresses("192.168.0.1")).hasMessageContaining("private");
    }

    @Test
    void aBroadBlockDoesNotOpenTheMetadataServiceOnlyItsOwnAddressDoes() {
        assertThatThrownBy(() -> new OutboundGuard("169.254.0.0/16").addresses("169.254.169.254"))
                .hasMessageContaining("metadata");
        assertThat(new OutboundGuard("169.254.0.0/16").addresses("169.254.1.1")).isNotEmpty();
        assertThat(new OutboundGuard("169.254.169.254").addresses("169.254.169.254")).isNotEmpty();
    }

    @Test
    void aMistypedAllowListStopsTheServerWithTheReason() {
        assertThatThrownBy(() -> new OutboundGuard("10.0.0.0/33")).hasMessageContaining("KITH_FETCH_ALLOW");
        assertThatThrownBy(() -> new OutboundGuard("http://example.org")).hasMessageContaining("KITH_FETCH_ALLOW");
    }

    @Test
    void urlsMustBeHttpWithAHostAndNoPassword() {
        assertThat(closed.url("webhookUrl", " https://hooks.example.org/x ")).hasToString("https://hooks.example.org/x");
        assertThatThrownBy(() -> closed.url("webhookUrl", "ftp://example.org/")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("http");
        assertThatThrownBy(() -> closed.url("webhookUrl", "https://user:secret@example.org/"))
                .hasMessageContaining("password");
        assertThatThrownBy(() -> closed.url("webhookUrl", "not a url")).hasMessageContaining("webhookUrl");
        assertThatThrownBy(() -> closed.url("webhookUrl", "file:///etc/passwd")).hasMessageContaining("http");
    }
}
