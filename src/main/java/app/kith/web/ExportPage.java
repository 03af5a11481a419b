package app.kith.web;

import app.kith.exchange.ExportFormat;
import app.kith.exchange.ExportService;
import app.kith.shared.AccountId;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Export: everything as Kith JSON (imports back into an empty account), vCard 4.0 or 3.0, or CSV,
 * downloaded as a file and written by {@link ExportService#write}, like {@code kith export}.
 */
@Controller
class ExportPage {
    private final ExportService exports;

    ExportPage(ExportService exports) {
        this.exports = exports;
    }

    @GetMapping("/export")
    String page(Model model) {
        model.addAttribute("nav", "export");
        return "exchange/export";
    }

    /** The download; the format and version are checked before anything is written. */
    @GetMapping("/export/download")
    void download(@AuthenticationPrincipal AccountId account, @RequestParam String format,
                  @RequestParam(defaultValue = "4.0") String version, HttpServletResponse response) throws IOException {
        ExportFormat chosen = ExportService.format(format);
        ExportService.checkVersion(version);
        response.setContentType(chosen.mediaType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(chosen.fileName()).build().toString());
        // Sends the headers now, so the session is saved before the export's read transaction holds
        // the database connection (SQLite has only one).
        response.flushBuffer();
        exports.write(account, chosen, version, response.getOutputStream());
    }
}
