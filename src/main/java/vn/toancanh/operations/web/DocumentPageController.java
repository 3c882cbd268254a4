package vn.toancanh.operations.web;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.toancanh.operations.DocumentDirection;
import vn.toancanh.operations.DocumentFilter;
import vn.toancanh.operations.DocumentService;
import vn.toancanh.operations.DocumentStatus;
import vn.toancanh.organisation.OrganisationService;
import vn.toancanh.shared.NotFoundException;
import vn.toancanh.shared.PageFormats;
import vn.toancanh.shared.PageQuery;
import vn.toancanh.shared.Period;
import vn.toancanh.shared.PeriodType;

/**
 * The documents registry: both books, filtered by status, month, signature and deadline, searched over summaries and
 * attachment text (with the words around a match); one document with its history and its PDF.
 */
@Controller
class DocumentPageController {

    private static final int MONTHS = 12;

    private final DocumentService documents;

    DocumentPageController(DocumentService documents) {
        this.documents = documents;
    }

    @GetMapping("/operations/documents")
    @PreAuthorize("isAuthenticated()")
    String list(
            @RequestParam(required = false) @Nullable DocumentDirection direction,
            @RequestParam(required = false) @Nullable String unit,
            @RequestParam(required = false) @Nullable DocumentStatus status,
            @RequestParam(required = false) boolean overdue,
            @RequestParam(required = false) @Nullable Boolean signed,
            @RequestParam(required = false) @Nullable String month,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable Integer page,
            Model model) {
        // a month that is not one is ignored, as the dossier page does, rather than failing the page
        String chosenMonth = month == null
                ? null
                : Period.parse(month)
                        .filter(p -> p.type() == PeriodType.MONTHLY)
                        .map(Period::id)
                        .orElse(null);
        String unitCode = unit == null || unit.isBlank() ? null : unit.trim();
        DocumentFilter filter = new DocumentFilter(direction, unitCode, status, overdue, signed, chosenMonth);
        List<Period> months = new ArrayList<>();
        for (Period p = Period.of(PeriodType.MONTHLY, OrganisationService.today());
                months.size() < MONTHS;
                p = p.previous()) {
            months.add(p);
        }
        model.addAttribute("documents", documents.list(PageQuery.of(page, 25, q, null), filter));
        model.addAttribute("direction", direction);
        model.addAttribute("unit", unitCode == null ? "" : unitCode);
        model.addAttribute("status", status);
        model.addAttribute("overdue", overdue);
        model.addAttribute("signed", signed);
        model.addAttribute("month", chosenMonth == null ? "" : chosenMonth);
        model.addAttribute("q", q == null ? "" : q.trim());
        model.addAttribute(
                "filtered", unitCode != null || status != null || overdue || signed != null || chosenMonth != null);
        model.addAttribute("months", months);
        model.addAttribute("statuses", DocumentStatus.values());
        model.addAttribute("directions", DocumentDirection.values());
        model.addAttribute("fmt", PageFormats.INSTANCE);
        return "operations/documents";
    }

    @GetMapping("/operations/documents/{code}")
    @PreAuthorize("isAuthenticated()")
    String document(@PathVariable String code, Model model) {
        model.addAttribute("document", documents.get(code));
        model.addAttribute("fmt", PageFormats.INSTANCE);
        return "operations/document";
    }

    @GetMapping("/operations/documents/{code}/attachment")
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<byte[]> attachment(@PathVariable String code) {
        return Downloads.pdf(documents.attachment(code).orElseThrow(() -> NotFoundException.of("tệp đính kèm", code)));
    }
}
