package vn.toancanh.datavalues.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.toancanh.datavalues.DataValueService;
import vn.toancanh.datavalues.internal.entry.EntryCellSaver;
import vn.toancanh.datavalues.internal.entry.EntryPage;
import vn.toancanh.datavalues.internal.entry.EntryPages;
import vn.toancanh.identity.IdentityService;

/**
 * The data entry page: pick unit, group and period, then type into a grid whose cells save themselves (htmx). The
 * pickers are a plain GET form, so the page works without JavaScript and every state has a shareable URL.
 */
@Controller
@RequestMapping("/entry")
class DataEntryController {

    static final String WRITERS = "hasAnyRole('ADMIN','DEPARTMENT_OFFICER','COMMUNE_OFFICER','PARTNER_OFFICER')";

    private final EntryPages pages;
    private final EntryCellSaver saver;
    private final DataValueService dataValues;
    private final IdentityService identity;

    DataEntryController(EntryPages pages, EntryCellSaver saver, DataValueService dataValues, IdentityService identity) {
        this.pages = pages;
        this.saver = saver;
        this.dataValues = dataValues;
        this.identity = identity;
    }

    /** The whole page, or only its workspace (pickers and grid) when htmx asks after a picker changed. */
    @GetMapping
    @PreAuthorize(WRITERS)
    String page(
            @RequestParam(required = false) @Nullable String orgUnit,
            @RequestParam(required = false) @Nullable String group,
            @RequestParam(required = false) @Nullable String period,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            Model model,
            HttpServletResponse response) {
        EntryPage page = pages.page(identity.currentUserOrSystem(), orgUnit, group, period);
        model.addAttribute("page", page);
        if (htmx == null) {
            return "datavalues/entry";
        }
        // The canonical URL of what is shown (defaults filled in), so the address bar can be shared as it is.
        response.setHeader("HX-Push-Url", "/entry" + (page.query().isEmpty() ? "" : "?" + page.query()));
        return "datavalues/entry :: workspace";
    }

    @PostMapping("/value")
    @PreAuthorize(WRITERS)
    String save(@Valid @ModelAttribute EntryCellForm form, Model model) {
        model.addAttribute("cell", saver.save(form.toChange()));
        return "datavalues/cell :: cell";
    }

    @GetMapping("/history")
    @PreAuthorize(WRITERS)
    String history(
            @RequestParam String item,
            @RequestParam String orgUnit,
            @RequestParam String period,
            @RequestParam(defaultValue = "default") String combo,
            @RequestParam(required = false) @Nullable String label,
            Model model) {
        model.addAttribute(
                "changes",
                dataValues.history(item, orgUnit, period, combo).stream()
                        .map(EntryHistoryView::from)
                        .toList());
        model.addAttribute("label", label == null ? item : label);
        return "datavalues/history :: history";
    }
}
