package app.kith.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.accounts.AccountService;
import app.kith.testing.TestDatabases;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application on a random port with an SQLite file in a temporary folder, and a real
 * headless browser per test. Registration is open, so each test signs up its own account.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class BrowserTestSupport {
    private static final Path DATA = TestDatabases.tempDir();
    static final String PASSWORD = "correct horse battery";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    ChromeDriver browser;

    @DynamicPropertySource
    static void dataFolder(DynamicPropertyRegistry registry) {
        registry.add("kith.data", DATA::toString);
        registry.add("kith.db.url", () -> "");
        registry.add("kith.registration", () -> "open");
    }

    @BeforeEach
    void openBrowser() {
        browser = Browser.start(phone());
    }

    /** Whether the tests run in a phone's browser (Chromium's mobile emulation, 375 px). */
    boolean phone() {
        return false;
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    void open(String path) {
        browser.get(url(path));
    }

    WebElement find(String css) {
        return waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    /**
     * Waits up to 10 s. A page being replaced while a condition reads it answers "stale element" or
     * "node does not belong to the document"; the condition is simply asked again.
     */
    WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        wait.ignoring(WebDriverException.class);
        return wait;
    }

    void type(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
    }

    void pageShows(String text) {
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), text));
    }

    /** Signs up a new account through the sign-up page and returns its email. */
    String signUp(String name) {
        String email = "web-" + UUID.randomUUID() + "@example.com";
        open("/signup");
        type("#name", name);
        type("#email", email);
        type("#password", PASSWORD);
        find("form button[type=submit]").click();
        waiting().until(ExpectedConditions.urlToBe(url("/")));
        return email;
    }

    /** Adds a person through the form and returns their id, read from the person page's address. */
    String addPerson(String name, String circle) {
        open("/people/new");
        type("#name", name);
        new Select(find("#circle")).selectByValue(circle);
        find("main form button[type=submit]").click();
        waiting().until(ExpectedConditions.urlMatches("/people/[0-9a-f-]{36}$"));
        String address = browser.getCurrentUrl();
        return address.substring(address.lastIndexOf('/') + 1);
    }

    /** Chooses someone in a people picker: searches for them and ticks the first match. */
    void pick(String field, String name) {
        find("#find-" + field).sendKeys(name);
        find("#candidates-" + field + " input[type=checkbox]").click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("chosen-" + field), name));
    }

    /** Sets a date or time field directly (YYYY-MM-DD, HH:MM), as typing into one depends on the browser's locale. */
    void setValue(String css, String value) {
        browser.executeScript("arguments[0].value = arguments[1]", find(css), value);
    }

    /** A GET with the browser's session, for answers a browser would download (a PDF, a feed). */
    HttpResponse<byte[]> fetch(String path) throws Exception {
        Cookie cookie = browser.manage().getCookieNamed("SESSION");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)));
        if (cookie != null) {
            request.header("Cookie", "SESSION=" + cookie.getValue());
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    void noAlert() {
        try {
            String text = browser.switchTo().alert().getText();
            throw new AssertionError("a script ran and opened an alert: " + text);
        } catch (NoAlertPresentException expected) {
            assertThat(expected).isNotNull();
        }
    }
}
