package vn.toancanh.organisation.web;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;
import vn.toancanh.organisation.OrganisationService;
import vn.toancanh.organisation.UnitKind;
import vn.toancanh.organisation.web.ChangeForms.CloseForm;
import vn.toancanh.organisation.web.ChangeForms.MergeForm;
import vn.toancanh.organisation.web.ChangeForms.MoveForm;
import vn.toancanh.organisation.web.ChangeForms.SplitForm;
import vn.toancanh.shared.ConflictException;
import vn.toancanh.shared.InvalidInputException;

/** Move, close, merge and split forms (admins only). */
@Controller
@RequestMapping("/units")
class UnitChangeController {

    private static final Map<String, String> MERGE_FIELDS =
            Map.of("predecessorCodes", "predecessors", "successorCode", "successor.code");
    private static final Map<String, String> SPLIT_FIELDS = Map.of("predecessorCode", "predecessor");

    private final OrganisationService organisation;

    UnitChangeController(OrganisationService organisation) {
        this.organisation = organisation;
    }

    @GetMapping("/{code}/move")
    @PreAuthorize("hasRole('ADMIN')")
    String moveForm(@PathVariable String code, Model model) {
        MoveForm form = new MoveForm();
        form.setParentCode(organisation.getDetail(code).parentCode());
        return page("move", code, form, model);
    }

    @PostMapping("/{code}/move")
    @PreAuthorize("hasRole('ADMIN')")
    String move(
            @PathVariable String code,
            @ModelAttribute("form") MoveForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes flash) {
        String parent = form.getParentCode() == null || form.getParentCode().isBlank()
                ? null
                : form.getParentCode().trim();
        return attempt(
                binding,
                Map.of(),
                () -> organisation.move(code, parent).name(),
                code,
                flash,
                () -> page("move", code, form, model));
    }

    @GetMapping("/{code}/close")
    @PreAuthorize("hasRole('ADMIN')")
    String closeForm(@PathVariable String code, Model model) {
        return page("close", code, new CloseForm(), model);
    }

    @PostMapping("/{code}/close")
    @PreAuthorize("hasRole('ADMIN')")
    String close(
            @PathVariable String code,
            @Valid @ModelAttribute("form") CloseForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes flash) {
        if (binding.hasErrors()) {
            return page("close", code, form, model);
        }
        return attempt(
                binding,
                Map.of("code", ""),
                () -> organisation
                        .close(code, form.getValidTo(), form.getReason())
                        .name(),
                code,
                flash,
                () -> page("close", code, form, model));
    }

    @GetMapping("/merge")
    @PreAuthorize("hasRole('ADMIN')")
    String mergeForm(@RequestParam(required = false) String from, Model model) {
        MergeForm form = new MergeForm();
        form.setPredecessors(from);
        return page("merge", null, form, model);
    }

    @PostMapping("/merge")
    @PreAuthorize("hasRole('ADMIN')")
    String merge(
            @Valid @ModelAttribute("form") MergeForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes flash) {
        if (binding.hasErrors()) {
            return page("merge", null, form, model);
        }
        return attempt(
                binding,
                MERGE_FIELDS,
                () -> organisation.merge(form.toMerge()).get(0).successorName(),
                null,
                flash,
                () -> page("merge", null, form, model));
    }

    @GetMapping("/split")
    @PreAuthorize("hasRole('ADMIN')")
    String splitForm(@RequestParam(required = false) String from, Model model) {
        SplitForm form = new SplitForm();
        form.setPredecessor(from);
        return page("split", null, form, model);
    }

    @PostMapping("/split")
    @PreAuthorize("hasRole('ADMIN')")
    String split(
            @Valid @ModelAttribute("form") SplitForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes flash) {
        if (binding.hasErrors()) {
            return page("split", null, form, model);
        }
        return attempt(
                binding,
                SPLIT_FIELDS,
                () -> organisation.split(form.toSplit()).get(0).predecessorName(),
                form.getPredecessor(),
                flash,
                () -> page("split", null, form, model));
    }

    /** Runs the change; on success back to the unit (or the list), else the form again with the reasons. */
    private static String attempt(
            BindingResult binding,
            Map<String, String> renames,
            Supplier<String> change,
            String code,
            RedirectAttributes flash,
            Supplier<String> again) {
        try {
            flash.addFlashAttribute("saved", change.get());
            return code == null
                    ? "redirect:/units/list"
                    : "redirect:/units/" + UriUtils.encodePathSegment(code, "UTF-8");
        } catch (InvalidInputException e) {
            FormErrors.apply(binding, e.problems(), renames);
        } catch (ConflictException e) {
            FormErrors.apply(binding, e.problems(), renames);
        }
        return again.get();
    }

    private String page(String action, String code, Object form, Model model) {
        model.addAttribute("action", action);
        model.addAttribute("form", form);
        model.addAttribute("kinds", UnitKind.values());
        if (code != null) {
            model.addAttribute("unit", organisation.getDetail(code));
        }
        model.addAttribute("partIndexes", List.of(0, 1, 2, 3));
        return "organisation/change";
    }
}
