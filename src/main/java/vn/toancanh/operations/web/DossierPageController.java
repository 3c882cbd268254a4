package vn.toancanh.operations.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.toancanh.operations.DossierFilter;
import vn.toancanh.operations.DossierService;
import vn.toancanh.operations.DossierStatus;
import vn.toancanh.operations.Timeliness;
import vn.toancanh.organisation.OrganisationService;
import vn.toancanh.shared.PageFormats;
import vn.toancanh.shared.PageQuery;
import vn.toancanh.shared.Period;
import vn.toancanh.shared.PeriodType;

/**
 * The dossier monitoring page: a month's figures by sector (each figure opens the dossiers behind it) and the list,
 * filtered, searched and paged, applicants masked; one dossier with its history.
 */
@Controller
class DossierPageController {

    private static final int MONTHS = 12;

    private final DossierService dossiers;

    DossierPageController(DossierService dossiers) {
        this.dossiers = dossiers;
    }

    @GetMapping("/operations/dossiers")
    @PreAuthorize("isAuthenticated()")
    String page(
            @RequestParam(required = false) @Nullable String month,
            @RequestParam(required = false) @Nullable String unit,
            @RequestParam(required = false) @Nullable String sector,
            @RequestParam(required = false) @Nullable DossierStatus status,
            @RequestParam(required = false) @Nullable Timeliness timeliness,
            @RequestParam(required = false) @Nullable String by,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable Integer page,
            Model model) {
        Period current = Period.of(PeriodType.MONTHLY, OrganisationService.today());
        Period chosen = month == null
                ? current
                : Period.parse(month)
                        .filter(p -> p.type() == PeriodType.MONTHLY)
                        .orElse(current);
        List<Period> months = new ArrayList<>();
        for (Period p = current; months.size() < MONTHS; p = p.previous()) {
            months.add(p);
        }
        // a figure's dossiers: received in the month, or resolved in it ("by=completed")
        boolean completed = "completed".equals(by);
        LocalDate from = chosen.startDate();
        LocalDate to = chosen.endDate();
        boolean inMonth = month != null;
        DossierFilter filter = new DossierFilter(
                unit,
                sector,
                status,
                timeliness,
                inMonth && !completed ? from : null,
                inMonth && !completed ? to : null,
                inMonth && completed ? from : null,
                inMonth && completed ? to : null);
        var figures = dossiers.bySector(unit, chosen);
        model.addAttribute("figures", figures);
        model.addAttribute("total", vn.toancanh.operations.DossierCounts.sum(figures.values()));
        model.addAttribute("dossiers", dossiers.list(PageQuery.of(page, 25, q, null), filter));
        model.addAttribute("month", chosen);
        model.addAttribute("months", months);
        model.addAttribute("unit", unit == null ? "" : unit);
        model.addAttribute("sector", sector == null ? "" : sector);
        model.addAttribute("status", status);
        model.addAttribute("timeliness", timeliness);
        model.addAttribute("by", by == null ? "" : by);
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("filtered", inMonth || sector != null || status != null || timeliness != null);
        model.addAttribute("statuses", DossierStatus.values());
        model.addAttribute("timelinesses", Timeliness.values());
        model.addAttribute("fmt", PageFormats.INSTANCE);
        return "operations/dossiers";
    }

    @GetMapping("/operations/dossiers/{code}")
    @PreAuthorize("isAuthenticated()")
    String dossier(@org.springframework.web.bind.annotation.PathVariable String code, Model model) {
        model.addAttribute("dossier", dossiers.get(code));
        model.addAttribute("fmt", PageFormats.INSTANCE);
        return "operations/dossier";
    }
}
