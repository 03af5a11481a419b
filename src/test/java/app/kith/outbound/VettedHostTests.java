package app.kith.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import org.junit.jupiter.api.Test;

/**
 * Hosts vetted for protocols other than HTTP (IMAP): the sockets handed to a client library go to the
 * address the guard judged, whatever address the library asks for, and a refused host never gets
 * that far.
 */
class VettedHostTests {

    @Test
    void socketsGoToTheVettedAddressWhateverTheLibraryAsksFor() throws IOException {
        VettedHost host = new OutboundGuard("127.0.0.1").vet("127.0.0.1");
        try (ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            int port = listener.getLocalPort();
            // 192.0.2.1 (TEST-NET-1, RFC 5737) stands for what a second DNS answer might say.
            try (Socket unconnected = host.sockets().createSocket();
                 Socket byName = host.sockets().createSocket("imap.example.org", port)) {
                unconnected.connect(new InetSocketAddress(InetAddress.getByName("192.0.2.1"), port), 2000);
                try (Socket first = listener.accept(); Socket second = listener.accept()) {
                    assertThat(unconnected.getInetAddress().isLoopbackAddress()).isTrue();
                    assertThat(byName.getInetAddress().isLoopbackAddress()).isTrue();
                    assertThat(first.getLocalPort()).isEqualTo(port);
                    assertThat(second.getLocalPort()).isEqualTo(port);
                }
            }
        }
    }

    @Test
    void aHostOnTheOperatorsOwnNetworkIsMarkedAsOpenedByThem() {
        assertThat(new OutboundGuard("127.0.0.1").vet("127.0.0.1").openedByOperator()).isTrue();
        assertThat(new OutboundGuard("").vet("93.184.215.14").openedByOperator()).isFalse();
    }

    @Test
    void aRefusedHostIsRefusedBeforeAnySocketExists() {
        assertThatThrownBy(() -> new OutboundGuard("").vet("127.0.0.1")).isInstanceOf(OutboundException.class)
                .hasMessageContaining("loopback");
    }
}
