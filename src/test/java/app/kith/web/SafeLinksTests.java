package app.kith.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeLinksTests {

    @Test
    void onlyWebAddressesWithAHostBecomeLinks() {
        assertThat(ContactLink.web("https://www.linkedin.com/in/ada")).isEqualTo("https://www.linkedin.com/in/ada");
        assertThat(ContactLink.web("http://example.com")).isEqualTo("http://example.com");
        assertThat(ContactLink.web("javascript:alert(1)")).isNull();
        assertThat(ContactLink.web("JaVaScRiPt:alert(1)")).isNull();
        assertThat(ContactLink.web("data:text/html,<script>alert(1)</script>")).isNull();
        assertThat(ContactLink.web("//evil.example/x")).isNull();
        assertThat(ContactLink.web("not a url")).isNull();
    }

    @Test
    void signInLeadsOnlyToPathsOnThisSite() {
        assertThat(SameOriginRedirect.localPath("http://127.0.0.1:8080/people/new?continue")).isEqualTo("/people/new");
        assertThat(SameOriginRedirect.localPath("http://127.0.0.1:8080/people?q=ada&continue")).isEqualTo("/people?q=ada");
        assertThat(SameOriginRedirect.localPath("http://127.0.0.1:8080/people?continueX=1&continue"))
                .isEqualTo("/people?continueX=1");
        assertThat(SameOriginRedirect.localPath("http://evil.example//evil.example/x")).isEqualTo("/");
        assertThat(SameOriginRedirect.localPath("http://host/\\evil.example")).isEqualTo("/");
        assertThat(SameOriginRedirect.localPath("javascript:alert(1)")).isEqualTo("/");
        assertThat(SameOriginRedirect.localPath("http://evil.example")).isEqualTo("/");
    }
}
