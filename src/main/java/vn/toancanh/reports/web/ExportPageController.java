package vn.toancanh.reports.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.toancanh.catalog.CatalogService;
import vn.toancanh.identity.IdentityService;
import vn.toancanh.organisation.OrganisationService;
import vn.toancanh.reports.ExportJobView;
import vn.toancanh.reports.LargeExports;
import vn.toancanh.reports.internal.ReportsProperties;
import vn.toancanh.shared.FieldProblem;
import vn.toancanh.shared.InvalidInputException;
import vn.toancanh.shared.NotFoundException;

/** The export page: choose what to export, follow each export's progress, download it when it is done. */
@Controller
@PreAuthorize("isAuthenticated()")
class ExportPageController {

    private final LargeExports exports;
    private final CatalogService catalog;
    private final IdentityService identity;
    private final OrganisationService organisation;
    private final ReportsProperties properties;

    ExportPageController(
            LargeExports exports,
            CatalogService catalog,
            IdentityService identity,
            OrganisationService organisation,
            ReportsProperties properties) {
        this.exports = exports;
        this.catalog = catalog;
        this.identity = identity;
        this.organisation = organisation;
        this.properties = properties;
    }

    @GetMapping("/reports/exports")
    String page(@RequestParam(required = false) @Nullable String started, Model model) {
        ExportForm form = new ExportForm();
        LocalDate today = OrganisationService.today();
        form.setStartDate(today.minusYears(1).withDayOfYear(1));
        form.setEndDate(today.withDayOfYear(1).minusDays(1));
        Long unitId = identity.currentUserOrSystem().unitId();
        form.setOrgUnit(
                unitId == null
                        ? properties.issuer()
                        : organisation.findById(unitId).map(u -> u.code()).orElse(properties.issuer()));
        return show(form, Map.of(), started, model);
    }

    @PostMapping("/reports/exports")
    String start(@ModelAttribute("form") ExportForm form, Model model, RedirectAttributes redirect) {
        try {
            ExportJobView job = exports.submit(form.toRequest());
            redirect.addAttribute("started", job.id());
            return "redirect:/reports/exports";
        } catch (InvalidInputException e) {
            return show(form, errors(e), null, model);
        } catch (NotFoundException e) {
            return show(form, Map.of("dataGroup", e.getBody().getDetail()), null, model);
        }
    }

    private String show(ExportForm form, Map<String, String> errors, @Nullable String started, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("groups", catalog.allGroups());
        model.addAttribute("jobs", exports.recent());
        model.addAttribute("started", started);
        model.addAttribute("fmt", ExportFormats.INSTANCE);
        return "reports/exports";
    }

    private static Map<String, String> errors(InvalidInputException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldProblem p : e.problems()) {
            String field = p.field().startsWith("orgUnit")
                    ? "orgUnit"
                    : p.field().startsWith("dataElement") ? "dataGroup" : p.field();
            errors.merge(field, p.reason(), (a, b) -> a + " " + b);
        }
        return errors;
    }
}
