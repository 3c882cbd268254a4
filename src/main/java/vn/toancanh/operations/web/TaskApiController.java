package vn.toancanh.operations.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.toancanh.operations.ImportResult;
import vn.toancanh.operations.TaskInput;
import vn.toancanh.operations.TaskProgressInput;
import vn.toancanh.operations.TaskService;
import vn.toancanh.operations.TaskStatus;
import vn.toancanh.operations.TaskView;
import vn.toancanh.shared.PageQuery;
import vn.toancanh.shared.PageResult;

/** Assigned tasks for the e-office system (import) and for units and leaders (lists, progress). */
@RestController
@RequestMapping("/api/operations/tasks")
@Tag(name = "Nhiệm vụ được giao", description = "Assigned tasks: idempotent import, progress reports, status")
class TaskApiController {

    private final TaskService tasks;

    TaskApiController(TaskService tasks) {
        this.tasks = tasks;
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Imports tasks by code: all or none; the same again changes nothing, progress is kept")
    ImportResult importTasks(@RequestBody List<TaskInput> rows) {
        return tasks.importTasks(rows);
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "The tasks the caller's unit leads or supports (all for leaders), by deadline")
    PageResult<TaskView> list(
            @RequestParam(required = false) @Nullable Integer page,
            @RequestParam(required = false) @Nullable Integer pageSize,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String sort,
            @RequestParam(required = false) @Nullable String unit,
            @RequestParam(required = false) @Nullable TaskStatus status) {
        return tasks.list(PageQuery.of(page, pageSize, q, sort), unit, status);
    }

    @GetMapping("/{code}")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "One task with its progress reports")
    TaskView get(@PathVariable String code) {
        return tasks.get(code);
    }

    @PostMapping("/{code}/progress")
    @PreAuthorize("hasAnyRole('ADMIN','DEPARTMENT_OFFICER','COMMUNE_OFFICER','PARTNER_OFFICER')")
    @Operation(summary = "The lead unit reports progress (0–100 %, what was done); at 100 % with a result it is done")
    TaskView progress(@PathVariable String code, @RequestBody TaskProgressInput input) {
        return tasks.report(code, input, null, null, null);
    }
}
