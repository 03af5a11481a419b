package app.kith.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.accounts.Account;
import app.kith.devseed.SeedService;
import app.kith.directory.DirectoryFilter;
import app.kith.directory.DirectoryService;
import app.kith.shared.Page;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * axe-core on every page, signed in, with a seeded network, at phone (375 px) and desktop (1280 px)
 * width: a serious or critical violation fails the test, naming the page, the rule and the element.
 * And the graph can be walked with the keyboard: Tab reaches its people, each a link.
 */
class AccessibilityBrowserTests extends BrowserTestSupport {
    static final List<Integer> WIDTHS = List.of(375, 1280);

    @Autowired
    SeedService seeds;

    @Autowired
    DirectoryService directory;

    @Test
    void noPageHasASeriousOrCriticalViolationAtPhoneOrDesktopWidth() throws IOException {
        String axe = axeSource();
        open("/login");
        List<String> failures = new ArrayList<>(check("/login", axe));
        String email = "axe-" + System.nanoTime() + "@example.com";
        Account account = accounts.create(email, "Axe Tester", PASSWORD);
        seeds.seed(account.id(), 120, 900, 11);
        type("#username", email);
        type("#password", PASSWORD);
        find("main form button[type=submit]").click();
        waiting().until(ExpectedConditions.urlToBe(url("/")));
        List<String> ids = directory.list(account.id(), DirectoryFilter.everyone(), Page.Request.of(0, 5)).items()
                .stream().map(c -> c.id()).toList();
        String person = ids.get(1);
        List<String> pages = List.of("/", "/overview", "/graph", "/graph?by=health&zoom=2&to=" + ids.get(4), "/people",
                "/people/" + person, "/people/" + person + "/edit", "/people/new", "/people/duplicates", "/log",
                "/organizations", "/network?to=" + person, "/calendar", "/conferences", "/cards", "/settings",
                "/import", "/export", "/sources", "/suggestions", "/settings/digest", "/settings/delete", "/calendar/agenda",
                "/calendar/events/new");
        for (String page : pages) {
            open(page);
            find("main");
            failures.addAll(check(page, axe));
        }

        assertThat(failures).isEmpty();
        // The check sees what it should: an image without a text alternative is a critical violation.
        browser.executeScript("const i = document.createElement('img'); i.src = '/icons/kith.svg';"
                + " document.querySelector('main').append(i);");
        assertThat(check("the last page, with an image added", axe)).hasSize(WIDTHS.size())
                .allSatisfy(f -> assertThat(f).contains("image-alt (critical)"));
    }

    @Test
    void theGraphIsWalkedWithTheKeyboardAndEachPersonOpensWithEnter() {
        String email = signUp("Key Board");
        addPerson("Kim Keys", "inner");
        open("/graph");
        WebElement skip = waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("to-list")));
        browser.executeScript("arguments[0].focus()", skip);
        skip.sendKeys(Keys.TAB);
        List<String> reached = new ArrayList<>();
        for (int i = 0; i < 20 && reached.isEmpty(); i++) {
            WebElement focused = browser.switchTo().activeElement();
            String label = focused.getAttribute("aria-label");
            if (label != null && label.startsWith("Kim Keys")) {
                reached.add(label);
                focused.sendKeys(Keys.ENTER);
            } else {
                focused.sendKeys(Keys.TAB);
            }
        }

        assertThat(email).isNotBlank();
        assertThat(reached).as("Tab reaches the person's dot on the graph").isNotEmpty();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Kim Keys"));
    }

    /** axe's serious and critical violations on the open page, at each width. */
    @SuppressWarnings("unchecked")
    private List<String> check(String page, String axe) {
        List<String> failures = new ArrayList<>();
        for (int width : WIDTHS) {
            browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", 900,
                    "deviceScaleFactor", 1, "mobile", width < 600));
            browser.executeScript(axe);
            Object answer = browser.executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations.filter(
                        v => v.impact === 'serious' || v.impact === 'critical').map(v => v.id + ' (' + v.impact + '): '
                        + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', '))), e => done(['axe failed: ' + e]));
                    """);
            for (Object violation : (List<Object>) answer) {
                failures.add(page + " at " + width + " px: " + violation);
            }
        }
        return failures;
    }

    private String axeSource() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/axe/axe.min.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
