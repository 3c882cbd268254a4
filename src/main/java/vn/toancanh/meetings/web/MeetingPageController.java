package vn.toancanh.meetings.web;

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
import vn.toancanh.meetings.MeetingService;
import vn.toancanh.meetings.SessionKind;
import vn.toancanh.meetings.SessionView;
import vn.toancanh.shared.FieldProblem;
import vn.toancanh.shared.InvalidInputException;

/** The list of sessions a user may see, a session's page, and the organisers' form to create or change one. */
@Controller
@RequestMapping("/meetings")
@PreAuthorize("isAuthenticated()")
class MeetingPageController {

    private final MeetingService meetings;
    private final SessionPage page;

    MeetingPageController(MeetingService meetings, SessionPage page) {
        this.meetings = meetings;
        this.page = page;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("sessions", meetings.sessions());
        model.addAttribute("canCreate", meetings.canCreate());
        return "meetings/list";
    }

    @GetMapping("/{id}")
    String view(@PathVariable long id, Model model) {
        return page.show(id, Map.of(), Map.of(), model);
    }

    @GetMapping("/new")
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER')")
    String newSession(Model model) {
        return form(SessionForm.empty(), null, Map.of(), model);
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER')")
    String create(@ModelAttribute("form") SessionForm form, Model model, RedirectAttributes flash) {
        try {
            SessionView s = meetings.create(form.toInput());
            flash.addFlashAttribute("saved", s.title());
            return "redirect:/meetings/" + s.id();
        } catch (InvalidInputException e) {
            return form(form, null, FieldProblem.byField(e.problems()), model);
        }
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        SessionView s = meetings.session(id);
        page.organiser(s);
        var attendees = meetings.attendees(id).stream().map(a -> a.userId()).toList();
        return form(SessionForm.of(s, attendees), s, Map.of(), model);
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable long id, @ModelAttribute("form") SessionForm form, Model model, RedirectAttributes flash) {
        SessionView s = meetings.session(id);
        try {
            meetings.update(id, form.toInput());
            flash.addFlashAttribute("saved", form.title());
            return "redirect:/meetings/" + id;
        } catch (InvalidInputException e) {
            return form(form, s, FieldProblem.byField(e.problems()), model);
        }
    }

    private String form(SessionForm form, @Nullable SessionView existing, Map<String, String> errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("existing", existing);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", SessionKind.values());
        model.addAttribute("people", meetings.people());
        return "meetings/form";
    }
}
