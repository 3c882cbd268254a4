package vn.toancanh.feedback.web;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.toancanh.feedback.CategoryView;
import vn.toancanh.feedback.FeedbackService;
import vn.toancanh.feedback.internal.CategoryChecker;
import vn.toancanh.shared.ConflictException;
import vn.toancanh.shared.FieldProblem;
import vn.toancanh.shared.InvalidInputException;
import vn.toancanh.shared.NotFoundException;

/**
 * The admins' pages for feedback categories (Open311 services): all of them, inactive ones too, and a form to add one
 * or change one with its extra questions. The service checks everything, so this page and any API agree.
 */
@Controller
@RequestMapping("/feedback/categories")
@PreAuthorize("hasRole('ADMIN')")
class FeedbackCategoryController {

    private final FeedbackService feedback;
    private final FeedbackUnits units;

    FeedbackCategoryController(FeedbackService feedback, FeedbackUnits units) {
        this.feedback = feedback;
        this.units = units;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("categories", feedback.categories(true));
        return "feedback/categories";
    }

    @GetMapping("/new")
    String newCategory(Model model) {
        return form(CategoryForm.empty(), null, Map.of(), model);
    }

    @PostMapping
    String create(@ModelAttribute("form") CategoryForm form, Model model, RedirectAttributes flash) {
        String code = form.code() == null ? "" : form.code().strip();
        return save(form, 0, code, null, model, flash);
    }

    @GetMapping("/{code}")
    String edit(@PathVariable String code, Model model) {
        CategoryView existing = existing(code);
        return form(CategoryForm.of(existing), existing, Map.of(), model);
    }

    /** The code comes from the address, never from the form: an existing category keeps its code. */
    @PostMapping("/{code}")
    String update(
            @PathVariable String code,
            @ModelAttribute("form") CategoryForm form,
            Model model,
            RedirectAttributes flash) {
        CategoryView existing = existing(code);
        return save(form, existing.id(), existing.code(), existing, model, flash);
    }

    private String save(
            CategoryForm form,
            long id,
            String code,
            @Nullable CategoryView existing,
            Model model,
            RedirectAttributes flash) {
        List<FieldProblem> problems;
        try {
            CategoryView saved = feedback.saveCategory(form.toView(id, code));
            flash.addFlashAttribute("saved", saved.name());
            flash.addFlashAttribute("savedCode", saved.code());
            return "redirect:/feedback/categories";
        } catch (InvalidInputException e) {
            problems = e.problems();
        } catch (ConflictException e) {
            problems = e.problems();
        }
        return form(form.again(code), existing, FieldProblem.byField(problems), model);
    }

    private String form(CategoryForm form, @Nullable CategoryView existing, Map<String, String> errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("existing", existing);
        model.addAttribute("errors", errors);
        model.addAttribute("datatypes", CategoryChecker.DATATYPES);
        model.addAttribute("units", units.handlingWith(existing == null ? null : existing.defaultUnitId()));
        return "feedback/category-form";
    }

    private CategoryView existing(String code) {
        return feedback.category(code).orElseThrow(() -> NotFoundException.of("lĩnh vực phản ánh", code));
    }
}
