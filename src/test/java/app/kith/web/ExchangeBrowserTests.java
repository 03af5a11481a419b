package app.kith.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.directory.DirectoryFilter;
import app.kith.directory.DirectoryService;
import app.kith.directory.PersonCard;
import app.kith.shared.Page;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/** Import with a preview, export downloads, duplicates and merging, clicked through in headless Chromium. */
class ExchangeBrowserTests extends BrowserTestSupport {

    @Autowired
    DirectoryService directory;

    @Test
    void vCardIsPreviewedFirstAndImportedOnlyOnConfirm() {
        String email = signUp("Owner");

        upload("vcard", "friends.vcf");

        pageShows("Preview of friends.vcf");
        assertThat(find("#counts").getText()).contains("new people\n2");
        assertThat(names(email)).as("the preview writes nothing").doesNotContain("Barbara Liskov");
        find("form[action$='/import/confirm'] button").click();
        pageShows("Imported friends.vcf");
        find("main a.button.primary").click();
        pageShows("Barbara Liskov");
        pageShows("Frances Allen");
        assertThat(names(email)).contains("Barbara Liskov", "Frances Allen");
    }

    @Test
    void malformedFileIsNamedByLineAndImportsNothing() {
        String email = signUp("Owner");

        upload("vcard", "broken.vcf");

        assertThat(find("main .notice[role=alert]").getText()).matches("broken\\.vcf:\\d+: .+");
        assertThat(names(email)).doesNotContain("Shafi Goldwasser", "Silvio Micali");
        noAlert();
    }

    @Test
    void cancelledPreviewImportsNothingAndItsTokenCannotBeReplayed() throws Exception {
        String email = signUp("Owner");
        upload("vcard", "friends.vcf");
        pageShows("Preview of friends.vcf");
        String token = browser.findElement(By.cssSelector("input[name=token]")).getAttribute("value");

        find("form[action$='/import/cancel'] button").click();
        pageShows("Cancelled");
        String csrf = browser.findElement(By.cssSelector("meta[name=csrf-token]")).getAttribute("content");
        HttpResponse<String> replay = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url("/import/confirm")))
                .header("Cookie", "SESSION=" + browser.manage().getCookieNamed("SESSION").getValue())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + csrf + "&token=" + token)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(replay.statusCode()).isEqualTo(400);
        assertThat(replay.body()).contains("no longer waiting");
        assertThat(names(email)).doesNotContain("Barbara Liskov");
    }

    @Test
    void mergingFromThePersonPageMovesInteractionsAndKeepsThePickedName() {
        signUp("Owner");
        String keep = addPerson("Annie Easley", "close");
        String other = addPerson("Annie J. Easley", "network");
        open("/log?person=" + other);
        type("#note", "Talked about the Centaur rocket");
        find("main form button[type=submit]").click();
        waiting().until(ExpectedConditions.urlContains("/people/" + other));

        open("/people/" + keep);
        find("#merge").click();
        find("#merge-q").sendKeys("J. Easley");
        find("#candidates a").click();
        pageShows("Merge Annie J. Easley into Annie Easley?");
        find("#name-other").click();
        find("#circle-keep").click();
        find("main form button[type=submit]").click();

        waiting().until(ExpectedConditions.urlContains("/people/" + keep + "?merged"));
        assertThat(find("h1").getText()).isEqualTo("Annie J. Easley");
        pageShows("circle: close");
        pageShows("Talked about the Centaur rocket");
        open("/people/" + other);
        pageShows("There is nothing here");
    }

    @Test
    void duplicatesPageOffersToMergePeopleWithTheSameName() {
        signUp("Owner");
        addPerson("Mary Jackson", "close");
        String second = addPerson("Mary Jackson", "network");
        open("/people/duplicates");

        find("#pairs a.button").click();
        pageShows("Merge Mary Jackson into Mary Jackson?");
        find("main form button[type=submit]").click();

        waiting().until(ExpectedConditions.urlContains("?merged"));
        open("/people/duplicates");
        pageShows("No one looks like anyone else");
        assertThat(browser.findElements(By.cssSelector("a[href*='" + second + "']"))).isEmpty();
    }

    @Test
    void exportIsDownloadedAsAnAttachment() throws Exception {
        signUp("Owner");
        addPerson("Hedy Lamarr", "network");
        open("/export");
        String href = find("#export-vcard3").getAttribute("href");

        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "SESSION=" + browser.manage().getCookieNamed("SESSION").getValue()).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"kith-contacts.vcf\"");
        assertThat(answer.body()).contains("VERSION:3.0").contains("Hedy Lamarr");
    }

    private void upload(String format, String fixture) {
        open("/import");
        new Select(find("#format")).selectByValue(format);
        find("#file").sendKeys(fixture(fixture).toString());
        find("main form button[type=submit]").click();
    }

    private static Path fixture(String name) {
        try {
            return Path.of(ExchangeBrowserTests.class.getResource(name).toURI()).toAbsolutePath();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> names(String email) {
        return directory.list(accounts.byEmail(email).orElseThrow().id(), DirectoryFilter.everyone(),
                Page.Request.of(0, Page.MAX_SIZE)).items().stream().map(PersonCard::name).toList();
    }
}
