package app.kith.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.accounts.Account;
import app.kith.devseed.SeedService;
import app.kith.people.PeopleService;
import app.kith.people.PersonChanges;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The main pages with a realistic network (the dev seed), at phone and desktop width. Each page must
 * render with its main landmark and no script error. The pictures go to target/screenshots; to
 * refresh the README's set, run with {@code -Dscreenshots=docs/screenshots}.
 */
class ScreenshotTests extends BrowserTestSupport {
    static final Path FOLDER = Path.of(System.getProperty("screenshots", "target/screenshots"));
    static final List<Integer> WIDTHS = List.of(375, 1280);
    static final List<String> PAGES = List.of("login", "today", "people", "person", "quick-log", "person-form",
            "organizations", "organization", "network", "settings", "import-preview", "duplicates", "merge");

    @Autowired
    SeedService seeds;

    @Autowired
    PeopleService people;

    @Test
    void mainPagesAtPhoneAndDesktopWidth() throws IOException {
        Files.createDirectories(FOLDER);
        String email = "sam.rivera@example.com";
        Account account = accounts.create(email, "Sam Rivera", PASSWORD);
        seeds.seed(account.id(), 300, 3000, 7);

        open("/login");
        shoot("login");
        type("#username", email);
        type("#password", PASSWORD);
        find("main form button[type=submit]").click();
        waiting().until(ExpectedConditions.urlToBe(url("/")));
        shoot("today");
        String person = find("#main .rows li[id^=reach-] a").getAttribute("href");
        open("/people");
        shoot("people");
        browser.get(person);
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#paths + div, #paths ~ ol, #paths ~ p")));
        shoot("person");
        open("/log");
        shoot("quick-log");
        open("/people/new");
        shoot("person-form");
        open("/organizations");
        shoot("organizations");
        find("#results a").click();
        shoot("organization");
        browser.get(person.replace("/people/", "/network?to="));
        find("#paths");
        shoot("network");
        open("/settings");
        shoot("settings");
        people.create(account.id(), new PersonChanges("Priya R.", null, List.of("priya.raman@example.com"), null, null,
                null, null, "met at a sales kickoff", null, null, null, null, null, null, null, null, null));
        people.create(account.id(), new PersonChanges("Jordan Avery", "Jordy", null, null, null, null, null,
                "climbing gym", "network", null, null, null, null, null, null, null, null));
        people.create(account.id(), new PersonChanges("Jordan Avery", "Jo", List.of("jordan@avery.example"), null, null,
                null, "--06-14", null, "close", null, null, null, null, null, null, List.of("climbing"), null));
        open("/import");
        new Select(find("#format")).selectByValue("linkedin");
        find("#file").sendKeys(Path.of(getClass().getResource("Connections.csv").getPath()).toAbsolutePath().toString());
        find("main form button[type=submit]").click();
        find("#counts");
        shoot("import-preview");
        open("/people/duplicates");
        shoot("duplicates");
        find("#pairs li:last-child a.button").click();
        find("table.merge");
        shoot("merge");

        for (String page : PAGES) {
            for (int width : WIDTHS) {
                assertThat(FOLDER.resolve(page + "-" + width + ".png")).isNotEmptyFile();
            }
        }
    }

    private void shoot(String page) throws IOException {
        find("main");
        for (int width : WIDTHS) {
            browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", 900,
                    "deviceScaleFactor", 1, "mobile", width < 600));
            Number height = (Number) browser.executeScript("return document.documentElement.scrollHeight");
            browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width,
                    "height", Math.min(height.intValue(), 3000), "deviceScaleFactor", 1, "mobile", width < 600));
            Files.write(FOLDER.resolve(page + "-" + width + ".png"), browser.getScreenshotAs(OutputType.BYTES));
        }
        noAlert();
    }
}
