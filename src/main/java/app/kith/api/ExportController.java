package app.kith.api;

import app.kith.exchange.ExportFormat;
import app.kith.exchange.ExportService;
import app.kith.shared.AccountId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.ByteArrayOutputStream;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/export/{format}}: everything, as a download (json, vcard with ?version=3.0, csv). */
@RestController
@RequestMapping(Api.V1 + "/export")
@Tag(name = "import and export")
class ExportController {
    private final ExportService exports;

    ExportController(ExportService exports) {
        this.exports = exports;
    }

    @GetMapping("/{format}")
    @Operation(summary = "Export everything as a file to download",
            description = "json is lossless (importable into an empty account); vcard is 4.0 unless version=3.0; "
                    + "csv has one row per person, with formula-like cells neutralized.")
    ResponseEntity<byte[]> export(@AuthenticationPrincipal AccountId account, @PathVariable String format,
                                  @RequestParam(required = false) String version) {
        ExportFormat chosen = ExportService.format(format);
        ExportService.checkVersion(version);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        exports.write(account, chosen, version, body);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(chosen.fileName()).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .contentType(MediaType.parseMediaType(chosen.mediaType()))
                .body(body.toByteArray());
    }
}
