package vn.toancanh.operations.web;

import java.io.IOException;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.toancanh.operations.TaskProgressInput;
import vn.toancanh.operations.TaskService;
import vn.toancanh.operations.TaskStatus;
import vn.toancanh.operations.internal.TaskRepository;
import vn.toancanh.shared.FieldProblem;
import vn.toancanh.shared.InvalidInputException;
import vn.toancanh.shared.PageFormats;
import vn.toancanh.shared.PageQuery;

/** The assigned tasks: the list by status and deadline, one task with its progress and the lead unit's report form. */
@Controller
class TaskPageController {

    private final TaskService tasks;

    TaskPageController(TaskService tasks) {
        this.tasks = tasks;
    }

    @GetMapping("/operations/tasks")
    @PreAuthorize("isAuthenticated()")
    String list(
            @RequestParam(required = false) @Nullable String unit,
            @RequestParam(required = false) @Nullable TaskStatus status,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable Integer page,
            Model model) {
        model.addAttribute("tasks", tasks.list(PageQuery.of(page, 25, q, null), unit, status));
        model.addAttribute("unit", unit == null ? "" : unit);
        model.addAttribute("status", status);
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("statuses", TaskStatus.values());
        model.addAttribute("fmt", PageFormats.INSTANCE);
        return "operations/tasks";
    }

    @GetMapping("/operations/tasks/{code}")
    @PreAuthorize("isAuthenticated()")
    String task(@PathVariable String code, Model model) {
        return page(code, new TaskProgressInput(null, null, null), Map.of(), model);
    }

    @PostMapping("/operations/tasks/{code}/progress")
    @PreAuthorize("hasAnyRole('ADMIN','DEPARTMENT_OFFICER','COMMUNE_OFFICER','PARTNER_OFFICER')")
    String report(
            @PathVariable String code,
            @RequestParam(required = false) @Nullable String progress,
            @RequestParam(required = false) @Nullable String note,
            @RequestParam(required = false) @Nullable String result,
            @RequestParam(required = false) @Nullable MultipartFile attachment,
            Model model,
            RedirectAttributes flash)
            throws IOException {
        TaskProgressInput input = new TaskProgressInput(number(progress), note, result);
        try {
            boolean file = attachment != null && !attachment.isEmpty();
            tasks.report(
                    code,
                    input,
                    file ? attachment.getOriginalFilename() : null,
                    file ? attachment.getContentType() : null,
                    file ? attachment.getBytes() : null);
            flash.addFlashAttribute("reported", true);
            return "redirect:/operations/tasks/" + code;
        } catch (InvalidInputException e) {
            return page(code, input, FieldProblem.byField(e.problems()), model);
        }
    }

    @GetMapping("/operations/tasks/{code}/updates/{id}/attachment")
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<byte[]> attachment(@PathVariable String code, @PathVariable long id) {
        TaskRepository.Attachment a = tasks.attachment(code, id);
        return Downloads.of(a.name(), MediaType.parseMediaType(a.type()), a.content());
    }

    private String page(String code, TaskProgressInput input, Map<String, String> errors, Model model) {
        model.addAttribute("task", tasks.get(code));
        model.addAttribute("input", input);
        model.addAttribute("errors", errors);
        model.addAttribute("fmt", PageFormats.INSTANCE);
        return "operations/task";
    }

    private static @Nullable Integer number(@Nullable String text) {
        try {
            return text == null || text.isBlank()
                    ? null
                    : Integer.valueOf(text.strip().replace("%", ""));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
