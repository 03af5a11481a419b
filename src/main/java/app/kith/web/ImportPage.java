package app.kith.web;

import app.kith.exchange.ImportFile;
import app.kith.exchange.ImportFormat;
import app.kith.exchange.ImportOptions;
import app.kith.exchange.ImportReport;
import app.kith.exchange.ImportService;
import app.kith.shared.AccountId;
import app.kith.shared.KithException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Import: upload a file, see what it would do (the import's own dry run: created, updated, merged,
 * skipped, conflicts), then confirm to apply it, all through {@link ImportService#run} like
 * {@code kith import}. A file that cannot be read changes nothing and is named as
 * {@code FILE:LINE: reason}. The upload waits for the confirmation in {@link PendingImports}.
 */
@Controller
class ImportPage {
    /** What each format the import reads is, for people choosing one. */
    static final Map<String, String> FORMATS = formats();

    private final ImportService imports;
    private final PendingImports pending;

    ImportPage(ImportService imports, PendingImports pending) {
        this.imports = imports;
        this.pending = pending;
    }

    @GetMapping("/import")
    String form(Model model) {
        return form(null, null, model);
    }

    /** Keeps the upload and shows the dry run; nothing is written to the account yet. */
    @PostMapping("/import")
    String preview(@AuthenticationPrincipal AccountId account, @RequestParam(required = false) MultipartFile file,
                   @RequestParam(defaultValue = "") String format,
                   @RequestParam(defaultValue = "false") boolean messageBodies,
                   HttpSession session, Model model, HttpServletResponse response) {
        if (file == null || file.isEmpty()) {
            response.setStatus(400);
            return form("Choose a file to import first.", format, model);
        }
        try {
            ImportFormat chosen = ImportService.format(format);
            PendingImports.Pending upload;
            try (InputStream content = file.getInputStream()) {
                upload = pending.keep(account, session, fileName(file), chosen.wire(), messageBodies, content);
            }
            return report(run(account, upload, pending.file(account, upload), true), upload.token(), model);
        } catch (KithException e) {
            pending.discard(account, session);
            response.setStatus(400);
            return form(e.getMessage(), format, model);
        } catch (IOException | UncheckedIOException e) {
            pending.discard(account, session);
            response.setStatus(400);
            return form("The file could not be read; try uploading it again.", format, model);
        } catch (RuntimeException e) {
            pending.discard(account, session);
            throw e;
        }
    }

    /** Applies the upload the preview showed, in one transaction, and deletes it. */
    @PostMapping("/import/confirm")
    String confirm(@AuthenticationPrincipal AccountId account, @RequestParam(defaultValue = "") String token,
                   HttpSession session, Model model, HttpServletResponse response) {
        PendingImports.Pending upload = pending.find(session, token);
        ImportFile kept = upload == null ? null : pending.file(account, upload);
        if (kept == null) {
            response.setStatus(400);
            return form("That import is no longer waiting (it was done, cancelled or replaced); upload the file again.",
                    null, model);
        }
        try {
            return report(run(account, upload, kept, false), null, model);
        } catch (KithException e) {
            response.setStatus(400);
            return form(e.getMessage(), upload.format(), model);
        } finally {
            pending.discard(account, session);
        }
    }

    @PostMapping("/import/cancel")
    String cancel(@AuthenticationPrincipal AccountId account, HttpSession session) {
        pending.discard(account, session);
        return "redirect:/import?cancelled";
    }

    private ImportReport run(AccountId account, PendingImports.Pending upload, ImportFile file, boolean dryRun) {
        return imports.run(account, ImportService.format(upload.format()), file,
                new ImportOptions(dryRun, upload.messageBodies(), null));
    }

    private String report(ImportReport report, String token, Model model) {
        model.addAttribute("nav", "import");
        model.addAttribute("report", report);
        model.addAttribute("token", token);
        return "exchange/report";
    }

    private String form(String problem, String format, Model model) {
        model.addAttribute("nav", "import");
        model.addAttribute("formats", FORMATS);
        model.addAttribute("format", format);
        model.addAttribute("problem", problem);
        return "exchange/import";
    }

    /** The name the browser gave, without any folders: it names the file in messages and tells LinkedIn's CSVs apart. */
    private static String fileName(MultipartFile file) {
        String name = file.getOriginalFilename();
        if (name == null || name.isBlank()) {
            return "upload";
        }
        String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
        return base.isEmpty() ? "upload" : base;
    }

    private static Map<String, String> formats() {
        Map<String, String> labels = new LinkedHashMap<>();
        // Calendar files are read by the calendar (kith import ics, POST /api/v1/import/ics), not by this page.
        for (ImportFormat format : ImportFormat.values()) {
            if (format == ImportFormat.ICS) {
                continue;
            }
            labels.put(format.wire(), switch (format) {
                case LINKEDIN -> "LinkedIn data export (the .zip, or one of its CSV files)";
                case GOOGLE -> "Google Contacts (CSV)";
                case OUTLOOK -> "Outlook contacts (CSV)";
                case VCARD -> "vCard (.vcf, from Apple, Android, Thunderbird…)";
                case ICS -> throw new IllegalStateException("left out above");
                case JSON -> "Kith JSON export";
            });
        }
        return labels;
    }
}
