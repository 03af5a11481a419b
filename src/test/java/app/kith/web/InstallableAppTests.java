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
