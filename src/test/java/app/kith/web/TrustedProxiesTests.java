package app.kith.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class TrustedProxiesTests {

    private static HttpServletRequest through(String cidrs, String from) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/login");
        request.setRemoteAddr(from);
        request.setServerName("kith.internal");
        request.addHeader("X-Forwarded-For", "203.0.113.9");
        request.addHeader("X-Forwarded-Proto", "https");
        request.addHeader("X-Forwarded-Host", "evil.example");
        AtomicReference<HttpServletRequest> seen = new AtomicReference<>();
        new TrustedProxies.ForwardedHeaders(cidrs).doFilter(request, new MockHttpServletResponse(),
                (req, res) -> seen.set((HttpServletRequest) req));
        return seen.get();
    }

    @Test
    void aTrustedProxySaysWhoTheClientIsAndThatTheConnectionIsSecure() throws Exception {
        HttpServletRequest seen = through("10.0.0.0/8, 192.168.1.1", "10.1.2.3");

        assertThat(seen.getRemoteAddr()).isEqualTo("203.0.113.9");
        assertThat(seen.isSecure()).isTrue();
        assertThat(seen.getScheme()).isEqualTo("https");
    }

    @Test
    void aRedirectBehindATrustedProxyStaysRelative() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
        request.setRemoteAddr("10.1.2.3");
        request.addHeader("X-Forwarded-Proto", "https");
        request.addHeader("X-Forwarded-Host", "evil.example");
        MockHttpServletResponse response = new MockHttpServletResponse();

        new TrustedProxies.ForwardedHeaders("10.0.0.0/8").doFilter(request, response,
                (req, res) -> ((HttpServletResponse) res).sendRedirect("/people"));

        assertThat(response.getHeader("Location")).isEqualTo("/people");
    }

    @Test
    void anyoneElsesForwardedHeadersAreRemovedUnread() throws Exception {
        for (String cidrs : new String[] {"", "10.0.0.0/8"}) {
            HttpServletRequest seen = through(cidrs, "198.51.100.7");

            assertThat(seen.getRemoteAddr()).isEqualTo("198.51.100.7");
            assertThat(seen.isSecure()).isFalse();
            assertThat(seen.getServerName()).isEqualTo("kith.internal");
            assertThat(seen.getHeader("X-Forwarded-For")).isNull();
        }
    }

    @Test
    void aSettingThatIsNoCidrStopsTheStartWithAClearMessage() {
        assertThatThrownBy(() -> new TrustedProxies.ForwardedHeaders("10.0.0.0/8, proxy.example"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("KITH_TRUSTED_PROXIES: 'proxy.example' is not an address or CIDR such as 10.0.0.0/8");
    }
}
