package app.kith.api;

import app.kith.exchange.ImportFile;
import app.kith.exchange.ImportOptions;
import app.kith.exchange.ImportReport;
import app.kith.exchange.ImportService;
import app.kith.shared.AccountId;
import app.kith.shared.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.UncheckedIOException;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/v1/import/{format}}: the file as the request body, or as the {@code file} part of
 * a form upload. {@code dryRun=true} only reports; a malformed file is a 400 problem naming the line.
 */
@RestController
@RequestMapping(Api.V1 + "/import")
@Tag(name = "import and export")
class ImportController {
    private final ImportService imports;

    ImportController(ImportService imports) {
        this.imports = imports;
    }

    @PostMapping(path = "/{format}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import an uploaded file (form field 'file')",
            description = "format: linkedin (the export .zip or one of its CSV files), google, outlook, vcard, json. "
                    + "All or nothing; with dryRun=true nothing changes and the report says what would.")
    ImportReport upload(@AuthenticationPrincipal AccountId account, @PathVariable String format,
                        @RequestPart("file") MultipartFile file,
                        @RequestParam(defaultValue = "false") boolean dryRun,
                        @RequestParam(defaultValue = "false") boolean messageBodies) {
        try {
            String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()
                    ? "upload" : file.getOriginalFilename();
            return imports.run(account, ImportService.format(format),
                    new ImportFile(name, file.getSize(), file::getInputStream),
                    new ImportOptions(dryRun, messageBodies, null));
        } catch (UncheckedIOException e) {
            throw new InvalidInputException("file", "the upload could not be read");
        }
    }

    @PostMapping(path = "/{format}")
    @Operation(summary = "Import the request body as a file",
            description = "The body is the file itself; name it with ?filename= so LinkedIn CSV files are recognized "
                    + "and errors say FILE:LINE.")
    ImportReport body(@AuthenticationPrincipal AccountId account, @PathVariable String format,
                      @RequestParam(defaultValue = "upload") String filename,
                      @RequestParam(defaultValue = "false") boolean dryRun,
                      @RequestParam(defaultValue = "false") boolean messageBodies,
                      HttpServletRequest request) {
        String name = filename.replaceAll("[\\p{Cntrl}]", "");
        return imports.run(account, ImportService.format(format),
                new ImportFile(name, Math.max(0, request.getContentLengthLong()), request::getInputStream),
                new ImportOptions(dryRun, messageBodies, null));
    }

}
