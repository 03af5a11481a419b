package app.kith.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.directory.DirectoryFilter;
import app.kith.directory.DirectoryService;
import app.kith.shared.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * An upload over the server's limit (made tiny here) is refused by the server before any of it is
 * read: 413 Content Too Large, without a stack trace, and nothing imported.
 */
@TestPropertySource(properties = {"spring.servlet.multipart.max-file-size=1KB",
        "spring.servlet.multipart.max-request-size=4KB"})
class ImportLimitTests extends BrowserTestSupport {

    @Autowired
    DirectoryService directory;

    @Test
    void fileOverTheUploadLimitIsRefusedAndImportsNothing() throws IOException {
        String email = signUp("Owner");
        Path big = Files.createTempFile("kith-big", ".vcf");
        Files.writeString(big, "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Too Big\r\nNOTE:" + "x".repeat(3000)
                + "\r\nEND:VCARD\r\n");
        open("/import");
        new Select(find("#format")).selectByValue("vcard");
        find("#file").sendKeys(big.toString());
        find("main form button[type=submit]").click();

        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
                "Content Too Large"));
        assertThat(browser.getPageSource()).doesNotContain("Exception").doesNotContain("at app.kith");
        assertThat(directory.list(accounts.byEmail(email).orElseThrow().id(), DirectoryFilter.everyone(),
                Page.Request.of(0, 10)).items()).noneMatch(c -> c.name().equals("Too Big"));
        Files.delete(big);
    }
}
