package app.kith.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import app.kith.interactions.Direction;
import app.kith.interactions.Interaction;
import app.kith.interactions.InteractionFilter;
import app.kith.interactions.InteractionKind;
import app.kith.interactions.InteractionService;
import app.kith.shared.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Kith installed on a phone and used with no signal: Chromium's mobile emulation, offline by the
 * DevTools protocol's network conditions, the service worker and the quick log's outbox for real.
 */
class OfflineBrowserTests extends BrowserTestSupport {

    @Autowired
    InteractionService interactions;

    Offline network;

    @Override
    boolean phone() {
        return true;
    }

    @BeforeEach
    void attach() {
        network = Offline.of(browser);
    }

    @AfterEach
    void detach() {
        network.close();
    }

    @Test
    void theServiceWorkerInstallsFromTheRootAndControlsThePages() {
        signUp("Owner");

        workerControlsThePage();

        assertThat(browser.executeScript("return navigator.serviceWorker.controller.scriptURL"))
                .asString().startsWith(url("/sw.js?session="));
        assertThat(browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                navigator.serviceWorker.getRegistration().then(r => done(new URL(r.scope).pathname));"""))
                .isEqualTo("/");
        assertThat(browser.findElement(By.cssSelector("link[rel=manifest]")).getDomAttribute("href")).isEqualTo("/manifest.webmanifest");
    }

    @Test
    void todayAndTheNamesOfPeopleAreReadableOfflineAndOtherPagesSaySo() {
        signUp("Owner");
        workerControlsThePage();
        String ada = addPerson("Ada Lovelace", "close");
        open("/");
        open("/people");
        namesAreKept();
        waiting().until(d -> kept().contains("/log"));

        offline(true);
        open("/");
        pageShows("Reach out");
        assertThat(find("#offline-note").isDisplayed()).isTrue();
        open("/people?q=ada");
        pageShows("Names only");
        pageShows("Ada Lovelace");
        assertThat(browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch("/people/names").then(r => done(r.headers.get("kith-kept-at")), e => done("failed: " + e));"""))
                .as("the worker's own request failed too, and it answered with its copy").asString().matches("\\d+");
        open("/log?person=" + ada);
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("chosen"), "Ada Lovelace"));
        open("/calendar");
        pageShows("You are offline");
        assertThat(find("main").getText()).doesNotContain("Ada Lovelace");
    }

    @Test
    void todaysOneTapTouchWorksOfflineAndIsDatedTheDayItWasTapped() {
        String email = signUp("Owner");
        workerControlsThePage();
        String ada = addPerson("Ada Lovelace", "close");
        open("/");
        find("#reach-" + ada);

        offline(true);
        open("/");
        find("#reach-" + ada + " button").click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("reach-" + ada), "Kept on this device"));
        assertThat(find("#outbox li").getText()).contains("message, gave", "Ada Lovelace");
        assertThat(logged(email)).isEmpty();
        offline(false);

        waiting().until(d -> browser.findElements(By.cssSelector("#outbox li")).isEmpty());
        List<Interaction> touches = logged(email);
        assertThat(touches).extracting(Interaction::kind, Interaction::direction, Interaction::date)
                .containsExactly(tuple(InteractionKind.MESSAGE, Direction.GAVE, LocalDate.now()));
    }

    @Test
    void aTouchLoggedOfflineWaitsOnTheDeviceAndIsSentOnceWhenTheConnectionReturns() throws IOException {
        String email = signUp("Owner");
        workerControlsThePage();
        String ada = addPerson("Ada Lovelace", "close");
        open("/log");
        namesAreKept();

        offline(true);
        open("/log");
        logOffline("Ada", "dinner", "gave", "Dinner with no signal");

        assertThat(find("#outbox li").getText()).contains("dinner, gave", "Ada Lovelace", "Dinner with no signal");
        assertThat(logged(email)).isEmpty();
        screenshot("quick-log-offline");
        offline(false);
        waiting().until(d -> browser.findElements(By.cssSelector("#outbox li")).isEmpty());
        assertThat(find("#outbox-status").getText()).contains("Sent 1 waiting touch");
        List<Interaction> touches = logged(email);
        assertThat(touches).hasSize(1);
        assertThat(touches.getFirst().kind()).isEqualTo(InteractionKind.DINNER);
        assertThat(touches.getFirst().notes()).isEqualTo("Dinner with no signal");
        assertThat(touches.getFirst().participantIds()).containsExactly(ada);
    }

    @Test
    void aTouchSentAgainWithItsKeyIsLoggedOnce() {
        String email = offlineOnTheQuickLogKnowingAda();
        logOffline("Ada", "call", "received", "Called back");
        Map<?, ?> entry = outbox().getFirst();

        offline(false);
        waiting().until(d -> browser.findElements(By.cssSelector("#outbox li")).isEmpty());
        // The answer was lost on its way back (the signal went as it arrived): the phone still holds the
        // entry and sends it again, with the same key.
        browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1], entry = arguments[0];
                const open = indexedDB.open("kith-outbox", 1);
                open.onsuccess = () => {
                  const tx = open.result.transaction("entries", "readwrite");
                  tx.objectStore("entries").put(entry);
                  tx.oncomplete = () => done(true);
                };""", entry);
        open("/log");

        waiting().until(d -> outbox().isEmpty());
        assertThat(find("#outbox-status").getText()).contains("Sent 1 waiting touch");
        assertThat(logged(email)).hasSize(1);
    }

    @Test
    void aCancelledTouchIsNeverSent() {
        String email = offlineOnTheQuickLogKnowingAda();
        logOffline("Ada", "coffee", "gave", "Keep this one");
        logOffline("Ada", "coffee", "asked", "Cancel this one");
        waiting().until(d -> browser.findElements(By.cssSelector("#outbox li")).size() == 2);

        browser.findElement(By.xpath("//*[@id='outbox']//li[contains(., 'Cancel this one')]//button")).click();
        waiting().until(d -> browser.findElements(By.cssSelector("#outbox li")).size() == 1);
        offline(false);

        waiting().until(d -> browser.findElements(By.cssSelector("#outbox li")).isEmpty());
        assertThat(logged(email)).extracting(Interaction::notes).containsExactly("Keep this one");
    }

    @Test
    void signingOutClearsWhatTheDeviceKeptEvenOffline() {
        String email = offlineOnTheQuickLogKnowingAda();
        logOffline("Ada", "coffee", "gave", "Never sent");

        find("form.signout button").click();
        pageShows("You are offline");

        assertThat(kept()).isEmpty();
        assertThat(outbox()).isEmpty();
        offline(false);
        open("/login");
        pageShows("Sign in");
        assertThat(logged(email)).isEmpty();
        assertThat(kept()).isEmpty();
    }

    @Test
    void signingOutOnlineEndsTheSessionAndTheCopies() {
        signUp("Owner");
        workerControlsThePage();
        open("/");
        open("/people");
        namesAreKept();

        find("form.signout button").click();
        pageShows("You are signed out");

        assertThat(kept()).isEmpty();
        workerControls();
        offline(true);
        open("/");
        pageShows("You are offline");
        assertThat(find("main").getText()).doesNotContain("Reach out");
    }

    @Test
    void quickLogTakesThreeTapsAfterThePersonIsFoundAndFitsAPhone() {
        signUp("Owner");
        String ada = addPerson("Ada Lovelace", "close");
        open("/log");
        find("#who").sendKeys("Ada");
        find("#candidates input[type=checkbox]").click();

        tap("kind-call");
        tap("direction-received");
        find("#quick-log button[type=submit]").click();

        waiting().until(d -> browser.getCurrentUrl().equals(url("/people/" + ada + "?logged")));
        pageShows("call");
        open("/log");
        assertThat(browser.executeScript("return document.documentElement.scrollWidth")).isEqualTo(375L);
    }

    /** A new account that added Ada, opened Today and quick log, and then lost the signal; its email. */
    private String offlineOnTheQuickLogKnowingAda() {
        String email = signUp("Owner");
        workerControlsThePage();
        addPerson("Ada Lovelace", "close");
        open("/log");
        namesAreKept();
        offline(true);
        open("/log");
        return email;
    }

    /** Finds someone in the quick log, offline, and logs a touch with them: kept on the device. */
    private void logOffline(String who, String kind, String direction, String note) {
        int before = browser.findElements(By.cssSelector("#outbox li")).size();
        find("#who").clear();
        find("#who").sendKeys(who);
        find("#candidates input[type=checkbox]").click();
        tap("kind-" + kind);
        tap("direction-" + direction);
        type("#note", note);
        find("#quick-log button[type=submit]").click();
        waiting().until(d -> browser.findElements(By.cssSelector("#outbox li")).size() == before + 1);
    }

    private void tap(String id) {
        browser.findElement(By.xpath("//input[@id='" + id + "']/parent::label")).click();
    }

    /** The whole page at phone width, beside ScreenshotTests' pictures (the README links it). */
    private void screenshot(String name) throws IOException {
        Files.createDirectories(ScreenshotTests.FOLDER);
        Number height = (Number) browser.executeScript("return document.documentElement.scrollHeight");
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 375,
                "height", Math.min(height.intValue(), 3000), "deviceScaleFactor", 1, "mobile", true));
        Files.write(ScreenshotTests.FOLDER.resolve(name + "-375.png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    private List<Interaction> logged(String email) {
        return interactions.list(accounts.byEmail(email).orElseThrow().id(), InteractionFilter.all(),
                Page.Request.of(0, Page.MAX_SIZE)).items();
    }

    private void workerControlsThePage() {
        open("/");
        workerControls();
    }

    private void workerControls() {
        waiting().until(d -> Boolean.TRUE.equals(browser.executeScript("return !!navigator.serviceWorker.controller")));
    }

    /** Waits until the names of people are kept as they are now (no change since). */
    private void namesAreKept() {
        waiting().until(d -> kept().contains("/people/names") && !kept().contains("/.kith/names-stale"));
    }

    /** The addresses in the service worker's private cache. */
    @SuppressWarnings("unchecked")
    private List<String> kept() {
        return (List<String>) browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                caches.has("kith-private").then(has => has ? caches.open("kith-private").then(c => c.keys()) : [])
                    .then(keys => done(keys.map(k => new URL(k.url).pathname)), () => done([]));""");
    }

    /** What the quick log's outbox holds on this device. */
    @SuppressWarnings("unchecked")
    private List<Map<?, ?>> outbox() {
        return (List<Map<?, ?>>) browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const open = indexedDB.open("kith-outbox", 1);
                open.onupgradeneeded = () => open.result.createObjectStore("entries", { keyPath: "key" });
                open.onsuccess = () => {
                  const request = open.result.transaction("entries").objectStore("entries").getAll();
                  request.onsuccess = () => { open.result.close(); done(request.result); };
                };
                open.onerror = () => done([]);""");
    }

    private void offline(boolean off) {
        network.set(off);
    }
}
