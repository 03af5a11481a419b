package app.kith.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class BaseUrlTests {

    @Test
    void theOperatorsAddressIsTheOnlySourceOfAbsoluteUrls() {
        MockEnvironment environment = new MockEnvironment().withProperty("local.server.port", "9000");

        assertThat(new BaseUrl("https://kith.example.org/", environment).of("/calendar/s.ics"))
                .isEqualTo("https://kith.example.org/calendar/s.ics");
        assertThat(new BaseUrl("", environment).of("/calendar/s.ics")).isEqualTo("http://127.0.0.1:9000/calendar/s.ics");
    }

    @Test
    void anAddressThatIsNoHttpUrlStopsTheStart() {
        assertThatThrownBy(() -> new BaseUrl("kith.example.org", new MockEnvironment()))
                .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("KITH_BASE_URL must be");
    }
}
