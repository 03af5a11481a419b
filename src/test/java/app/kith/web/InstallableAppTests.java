package app.kith.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.directory.DirectoryFilter;
import app.kith.directory.DirectoryService;
import app.kith.shared.Page;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What makes Kith an app a phone installs: its manifest and icons, and what sharing to it opens. */
class InstallableAppTests extends BrowserTestSupport {
    private static final Path FIXTURES = Path.of("src/test/resources/app/kith/web");

    @Autowired
    DirectoryService directory;

    @Test
    void theManifestDescribesAnInstallableAppWithAnIconForEveryPlatform() throws Exception {
        HttpResponse<byte[]> answer = get("/manifest.webmanifest");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/manifest+json");
        JsonNode manifest = JsonMapper.builder().build().readTree(answer.body());
        assertThat(manifest.get("name").asString()).isEqualTo("Kith");
        assertThat(manifest.get("start_url").asString()).isEqualTo("/");
        assertThat(manifest.get("display").asString()).isEqualTo("standalone");
        List<String> declared = new ArrayList<>();
        for (JsonNode icon : manifest.get("icons")) {
            HttpResponse<byte[]> file = get(icon.get("src").asString());
            assertThat(file.statusCode()).as(icon.toString()).isEqualTo(200);
            assertThat(file.headers().firstValue("Content-Type").orElseThrow()).isEqualTo(icon.get("type").asString());
            if (!icon.get("sizes").asString().equals("any")) {
                assertThat(size(file.body())).as(icon.get("src").asString()).isEqualTo(icon.get("sizes").asString());
            }
            declared.add(icon.get("purpose").asString() + " " + icon.get("sizes").asString());
        }
        assertThat(declared).contains("any any", "any 192x192", "any 512x512", "maskable 192x192", "maskable 512x512");
        JsonNode share = manifest.get("share_target");
        assertThat(share.get("action").asString()).isEqualTo(SharePage.PATH);
        assertThat(share.get("params").get("files").get(0).get("accept").toString()).contains("text/vcard");

        signUp("Owner");
        assertThat(browser.findElement(By.cssSelector("meta[name=theme-color]")).getDomAttribute("content"))
                .isEqualTo(manifest.get("theme_color").asString());
        String touchIcon = browser.findElement(By.cssSelector("link[rel=apple-touch-icon]")).getDomAttribute("href");
        assertThat(size(get(touchIcon).body())).isEqualTo("180x180");
        HttpResponse<byte[]> worker = get("/sw.js");
        assertThat(worker.statusCode()).isEqualTo(200);
        assertThat(worker.headers().firstValue("Content-Type").orElseThrow()).contains("javascript");
    }

    @Test
    void signingOutTellsTheBrowserToClearWhatTheSiteKept() throws Exception {
        signUp("Owner");
        String token = browser.findElement(By.cssSelector("meta[name=csrf-token]")).getDomAttribute("content");

        HttpResponse<String> signOut = post("/logout", "application/x-www-form-urlencoded",
                ("_csrf=" + enc(token)).getBytes(StandardCharsets.UTF_8), HttpResponse.BodyHandlers.ofString());

        assertThat(signOut.statusCode()).isEqualTo(302);
        assertThat(signOut.headers().firstValue("Clear-Site-Data").orElseThrow()).contains("\"cache\"", "\"storage\"");
    }

    @Test
    void aSharedLinkedInProfileOpensAddAPersonThenQuickLogOnceTheyAreKnown() {
        signUp("Owner");
        String profile = "https://www.linkedin.com/in/ada-lovelace-example/";

        open("/share?title=" + enc("(2) Ada Lovelace | LinkedIn") + "&url=" + enc(profile));
        pageShows("A LinkedIn profile was shared");
        assertThat(find("#name").getDomProperty("value")).isEqualTo("Ada Lovelace");
        assertThat(find("#urls").getDomProperty("value")).isEqualTo(profile);
        find("main form button[type=submit]").click();
        waiting().until(ExpectedConditions.urlMatches("/people/[0-9a-f-]{36}$"));
        String ada = browser.getCurrentUrl().substring(browser.getCurrentUrl().lastIndexOf('/') + 1);

        // The LinkedIn app puts the link in the text, with the name.
        open("/share?text=" + enc("Check out Ada Lovelace’s profile on LinkedIn https://www.linkedin.com/in/Ada-Lovelace-Example"));
        pageShows("Ada Lovelace is already in Kith");
        assertThat(find("#chosen input[name=participants]").getDomAttribute("value")).isEqualTo(ada);
        find("#quick-log button[type=submit]").click();
        waiting().until(ExpectedConditions.urlToBe(url("/people/" + ada + "?logged")));
    }

    @Test
    void sharedTextOpensQuickLogWithItAsTheNote() {
        signUp("Owner");

        open("/share?title=" + enc("Engines") + "&text=" + enc("Great talk about engines https://example.org/engines")
                + "&url=" + enc("https://example.org/engines"));

        pageShows("choose who it was with");
        assertThat(find("#note").getDomProperty("value")).isEqualTo("Engines\nGreat talk about engines https://example.org/engines");
        assertThat(browser.findElements(By.cssSelector("#chosen input"))).isEmpty();
    }

    @Test
    void aSharedContactCardPostedWithoutATokenOnlyShowsAPrefilledFormAndSavesNothing() throws Exception {
        String email = signUp("Owner");
        long before = people(email);

        HttpResponse<String> shared = share("shared-contact.vcf", Files.readAllBytes(FIXTURES.resolve("shared-contact.vcf")));

        assertThat(shared.statusCode()).isEqualTo(200);
        assertThat(shared.body()).contains("A contact was shared with Kith", "value=\"Grace Brewster Hopper\"",
                "grace@navy.example", "+1 212 555 0199", "value=\"US Navy\"", "value=\"Rear Admiral\"",
                "value=\"1906-12-09\"", "https://www.linkedin.com/in/grace-hopper-example", "Met at the COBOL meeting");
        assertThat(people(email)).isEqualTo(before);
    }

    @Test
    void aSharedContactKithKnowsByEmailOpensQuickLogWithThem() throws Exception {
        signUp("Owner");
        open("/people/new");
        type("#name", "Grace Hopper");
        type("#emails", "Grace@Navy.example");
        find("main form button[type=submit]").click();
        waiting().until(ExpectedConditions.urlMatches("/people/[0-9a-f-]{36}$"));

        HttpResponse<String> shared = share("shared-contact.vcf", Files.readAllBytes(FIXTURES.resolve("shared-contact.vcf")));

        assertThat(shared.statusCode()).isEqualTo(200);
        assertThat(shared.body()).contains("Grace Hopper is already in Kith", "name=\"participants\"");
    }

    @Test
    void aSharedFileThatIsNoContactCardIsRefusedWithWhereAndWhy() throws Exception {
        String email = signUp("Owner");
        long before = people(email);

        HttpResponse<String> broken = share("broken.vcf", Files.readAllBytes(FIXTURES.resolve("broken.vcf")));
        HttpResponse<String> huge = share("huge.vcf", new byte[2 * 1024 * 1024]);

        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(broken.body()).containsPattern("broken\\.vcf:\\d+: ");
        assertThat(huge.statusCode()).isEqualTo(400);
        assertThat(huge.body()).contains("huge.vcf is larger than 1 MB");
        assertThat(people(email)).isEqualTo(before);
    }

    private long people(String email) {
        return directory.list(accounts.byEmail(email).orElseThrow().id(), DirectoryFilter.everyone(),
                Page.Request.of(0, 1)).total();
    }

    /** What a phone's share sheet sends: a multipart POST with the file, and no CSRF token. */
    private HttpResponse<String> share(String name, byte[] file) throws Exception {
        String boundary = "share-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\n" + name
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"contact\"; filename=\"" + name
                + "\"\r\nContent-Type: text/x-vcard\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return post(SharePage.PATH, "multipart/form-data; boundary=" + boundary, body.toByteArray(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<byte[]> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url(path))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private <T> HttpResponse<T> post(String path, String type, byte[] body, HttpResponse.BodyHandler<T> answer)
            throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url(path)))
                .header("Cookie", "SESSION=" + browser.manage().getCookieNamed("SESSION").getValue())
                .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), answer);
    }

    private static String size(byte[] png) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        return image.getWidth() + "x" + image.getHeight();
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
