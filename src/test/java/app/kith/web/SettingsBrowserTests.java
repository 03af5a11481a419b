package app.kith.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.accounts.TokenService;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/** Settings, organizations and the network page, clicked through in headless Chromium. */
class SettingsBrowserTests extends BrowserTestSupport {
    @Autowired
    TokenService tokens;

    @Test
    void passwordChangeSignsOutEveryOtherSessionAndOffersToRevokeTokens() throws Exception {
        String email = signUp("Owner");
        String otherSession = "SESSION=" + browser.manage().getCookieNamed("SESSION").getValue();
        open("/settings");
        // A second sign-in, as from another device: the browser's first session stays as the "other" one.
        browser.manage().deleteCookieNamed("SESSION");
        open("/login");
        type("#username", email);
        type("#password", PASSWORD);
        find("main form button[type=submit]").click();
        waiting().until(ExpectedConditions.urlToBe(url("/")));
        assertThat(statusWith(otherSession, "/settings")).as("the other session still works").isEqualTo(200);

        String token = tokens.create(accounts.byEmail(email).orElseThrow().id(), "script").secret();
        open("/settings");
        type("#currentPassword", PASSWORD);
        type("#newPassword", "an even better passphrase");
        assertThat(find("#revokeTokens").isSelected()).as("revoking tokens is offered, and on by default").isTrue();
        find("#newPassword").submit();

        pageShows("Password changed");
        pageShows("1 API token(s) revoked");
        assertThat(tokens.authenticate(token)).as("the token stopped working").isEmpty();
        assertThat(statusWith(otherSession, "/settings")).as("the other session is over").isEqualTo(302);
        open("/people");
        pageShows("People");
    }

    @Test
    void tokenIsShownOnceAndRevokedAtOnce() throws Exception {
        signUp("Owner");
        open("/settings");
        type("#token-name", "laptop");
        find("#token-name").submit();
        String secret = find("#new-token").getText();
        assertThat(apiStatus(secret)).isEqualTo(200);

        open("/settings");
        assertThat(find("main").getText()).doesNotContain(secret);
        find("section[aria-labelledby=tokens] button.danger").click();

        pageShows("Token revoked");
        assertThat(apiStatus(secret)).isEqualTo(401);
    }

    @Test
    void theSyncSectionGivesTheAddressesAndAnAppPasswordThatSyncs() throws Exception {
        String email = signUp("Owner");
        open("/settings");
        assertThat(find("#dav-user").getText()).isEqualTo(email);
        assertThat(find("#dav-server").getText()).isEqualTo(url("/"));
        String addressBook = find("#dav-contacts").getText();
        assertThat(addressBook).isEqualTo(url("/dav/addressbooks/" + email + "/contacts/"));
        type("#app-password-name", "iPhone");
        find("#app-password-name").submit();
        String password = find("#new-app-password").getText();

        HttpResponse<String> propfind = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(addressBook))
                .method("PROPFIND", HttpRequest.BodyPublishers.noBody()).header("Depth", "1")
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        (email + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(propfind.statusCode()).isEqualTo(207);
        assertThat(propfind.body()).contains("<card:addressbook>");
        open("/settings");
        assertThat(find("main").getText()).contains("iPhone").doesNotContain(password);
    }

    @Test
    void affiliationShowsOnTheOrganizationPageWithRoleAndYears() {
        signUp("Owner");
        String id = addPerson("Barbara Liskov", "network");
        find("#affiliations ~ details summary").click();
        type("#aff-organization", "MIT");
        new Select(find("#aff-kind")).selectByValue("school");
        type("#aff-title", "Professor");
        type("#aff-start", "1972");
        find("#aff-end").submit();
        pageShows("1972–now");

        find("#main a[href^='/organizations/']").click();

        pageShows("Barbara Liskov");
        pageShows("Professor");
        open("/organizations?kind=school");
        pageShows("MIT");
        open("/network?to=" + id);
        pageShows("Paths to Barbara Liskov");
    }

    @Test
    void deletingTheAccountNeedsThePasswordAndSignsOut() {
        String email = signUp("Owner");
        open("/settings/delete");
        type("#password", "not my password");
        find("#password").submit();
        pageShows("nothing was deleted");

        type("#password", PASSWORD);
        find("#password").submit();

        pageShows("are deleted");
        assertThat(accounts.byEmail(email)).isEmpty();
        open("/");
        waiting().until(ExpectedConditions.urlContains("/login"));
        assertThat(browser.findElements(By.cssSelector("form.signout"))).isEmpty();
    }

    private int statusWith(String cookie, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url(path))).header("Cookie", cookie)
                .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private int apiStatus(String token) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url("/api/v1/people")))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }
}
