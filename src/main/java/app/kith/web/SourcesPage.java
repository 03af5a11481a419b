package app.kith.web;

import app.kith.shared.AccountId;
import app.kith.shared.KithException;
import app.kith.sources.Source;
import app.kith.sources.SourceChanges;
import app.kith.sources.SourceService;
import app.kith.sources.SyncProgress;
import app.kith.sources.SyncReport;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Sources: the mailboxes and calendars touches are captured from, each with how its last sync went;
 * add one, change it, pause or resume it, sync it now, or remove it (after a confirmation page that
 * offers to delete what it captured). The password and calendar address fields are write-only: a page
 * never shows a saved password or address (only the calendar's host).
 */
@Controller
class SourcesPage {
    private final SourceService sources;

    SourcesPage(SourceService sources) {
        this.sources = sources;
    }

    /**
     * What the add and edit forms send: a mailbox's fields (folders as one text, comma- or
     * line-separated), or with {@code kind} ics a calendar's. The password and the address are write-only.
     */
    record SourceForm(String kind, String name, String host, Integer port, String tls, String user, String password,
                      String folders, String startDate, Boolean subjects, String mode, String url) {

        public boolean calendar() {
            return "ics".equals(kind);
        }

        SourceChanges changes() {
            if (calendar()) {
                return new SourceChanges("ics", name, null, null, null, null, null, null, startDate,
                        Boolean.TRUE.equals(subjects), null, null, url == null || url.isBlank() ? null : url);
            }
            List<String> folderList = folders == null ? null
                    : Arrays.stream(folders.split("[,\\n]")).map(String::strip).filter(f -> !f.isEmpty()).toList();
            return new SourceChanges("imap", name, host, port, tls, user, password, folderList, startDate,
                    Boolean.TRUE.equals(subjects), mode, null, null);
        }

        static SourceForm blank() {
            return new SourceForm("imap", null, null, null, "ssl", null, null, null, null, false, "mailbox", null);
        }

        static SourceForm blankCalendar() {
            return new SourceForm("ics", null, null, null, null, null, null, null, null, false, null, null);
        }

        static SourceForm of(Source s) {
            if (s.calendar() != null) {
                return new SourceForm("ics", s.name(), null, null, null, null, null, null,
                        s.calendar().startDate().toString(), s.calendar().subjects(), null, null);
            }
            return new SourceForm("imap", s.name(), s.imap().host(), s.imap().port(), s.imap().tls().wire(),
                    s.imap().user(), null, String.join(", ", s.imap().folders()), s.imap().startDate().toString(),
                    s.imap().subjects(), s.imap().mode().wire(), null);
        }

        /** The form as it was sent, without the password or the address: a page never sends one back. */
        SourceForm withoutSecrets() {
            return new SourceForm(kind, name, host, port, tls, user, null, folders, startDate, subjects, mode, null);
        }
    }

    @GetMapping("/sources")
    String list(@AuthenticationPrincipal AccountId account, Model model) {
        return list(account, SourceForm.blank(), null, null, model);
    }

    @PostMapping("/sources")
    String add(@AuthenticationPrincipal AccountId account, SourceForm form, Model model, HttpServletResponse response) {
        try {
            sources.create(account, form.changes());
        } catch (KithException e) {
            response.setStatus(400);
            return list(account, form.withoutSecrets(), e.getMessage(), null, model);
        }
        return "redirect:/sources?added";
    }

    @GetMapping("/sources/{id}")
    String edit(@AuthenticationPrincipal AccountId account, @PathVariable String id, Model model) {
        Source source = sources.get(account, id);
        return edit(source, SourceForm.of(source), null, model);
    }

    @PostMapping("/sources/{id}")
    String save(@AuthenticationPrincipal AccountId account, @PathVariable String id, SourceForm form, Model model,
                HttpServletResponse response) {
        Source source = sources.get(account, id);
        try {
            sources.update(account, id, form.changes());
        } catch (KithException e) {
            response.setStatus(400);
            return edit(source, form.withoutSecrets(), e.getMessage(), model);
        }
        return "redirect:/sources?saved";
    }

    @PostMapping("/sources/{id}/sync")
    String sync(@AuthenticationPrincipal AccountId account, @PathVariable String id, Model model) {
        SyncReport report = sources.sync(account, id, SyncProgress.NONE);
        return list(account, SourceForm.blank(), null, report, model);
    }

    @PostMapping("/sources/{id}/pause")
    String pause(@AuthenticationPrincipal AccountId account, @PathVariable String id,
                 @RequestParam(defaultValue = "true") boolean paused) {
        sources.update(account, id, SourceChanges.paused(paused));
        return "redirect:/sources";
    }

    @GetMapping("/sources/{id}/remove")
    String confirmRemoval(@AuthenticationPrincipal AccountId account, @PathVariable String id, Model model) {
        model.addAttribute("nav", "settings");
        model.addAttribute("source", sources.get(account, id));
        return "sources/remove";
    }

    @PostMapping("/sources/{id}/remove")
    String remove(@AuthenticationPrincipal AccountId account, @PathVariable String id,
                  @RequestParam(defaultValue = "false") boolean deleteCaptured) {
        int deleted = sources.remove(account, id, deleteCaptured);
        return "redirect:/sources?removed=" + deleted;
    }

    private String list(AccountId account, SourceForm form, String problem, SyncReport report, Model model) {
        model.addAttribute("nav", "settings");
        model.addAttribute("sources", sources.list(account));
        model.addAttribute("form", form.calendar() ? SourceForm.blank() : form);
        model.addAttribute("calendarForm", form.calendar() ? form : SourceForm.blankCalendar());
        model.addAttribute("problem", form.calendar() ? null : problem);
        model.addAttribute("calendarProblem", form.calendar() ? problem : null);
        model.addAttribute("report", report);
        return "sources/list";
    }

    private String edit(Source source, SourceForm form, String problem, Model model) {
        model.addAttribute("nav", "settings");
        model.addAttribute("source", source);
        model.addAttribute("form", form);
        model.addAttribute("problem", problem);
        return "sources/edit";
    }
}
