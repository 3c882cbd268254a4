package vn.toancanh.reports.web;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.toancanh.reports.LibraryEntry;
import vn.toancanh.reports.ReportTemplates;
import vn.toancanh.shared.InvalidInputException;
import vn.toancanh.shared.PageQuery;

/** The report library: generated aggregate reports to search, open, download and send again. */
@Controller
@RequestMapping("/reports/library")
class ReportLibraryController {

    private final ReportTemplates templates;

    ReportLibraryController(ReportTemplates templates) {
        this.templates = templates;
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    String list(
            @RequestParam(required = false) @Nullable Integer page,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String template,
            @RequestParam(required = false) @Nullable String period,
            @RequestParam(required = false) @Nullable String sort,
            Model model) {
        model.addAttribute("entries", templates.library(PageQuery.of(page, 20, q, sort), template, period));
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("template", template == null ? "" : template);
        model.addAttribute("period", period == null ? "" : period);
        model.addAttribute("templates", templates.templates());
        model.addAttribute("formats", ExportFormats.INSTANCE);
        return "reports/library";
    }

    @GetMapping("/{id}")
    @PreAuthorize("isAuthenticated()")
    String entry(@PathVariable long id, Model model) {
        LibraryEntry entry = templates.entry(id);
        model.addAttribute("entry", entry);
        model.addAttribute("template", templates.template(entry.templateCode()));
        model.addAttribute("formats", ExportFormats.INSTANCE);
        return "reports/library-entry";
    }

    @GetMapping("/{id}.pdf")
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        return file(templates.file(id, true), MediaType.APPLICATION_PDF);
    }

    @GetMapping("/{id}.xlsx")
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<byte[]> excel(@PathVariable long id) {
        return file(templates.file(id, false), QuickReportController.XLSX);
    }

    @PostMapping("/{id}/send")
    @PreAuthorize("hasAnyRole('ADMIN','LEADER')")
    String send(@PathVariable long id, RedirectAttributes flash) {
        try {
            LibraryEntry entry = templates.send(id);
            flash.addFlashAttribute(
                    entry.sendError() == null ? "sent" : "sendError",
                    entry.sendError() == null ? String.valueOf(entry.recipients()) : entry.sendError());
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("sendError", e.problems().get(0).reason());
        }
        return "redirect:/reports/library/" + id;
    }

    static ResponseEntity<byte[]> file(ReportTemplates.ReportFile file, MediaType type) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, QuickReportController.attachment(file.name()))
                .body(file.content());
    }
}
