package vn.toancanh.identity.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.toancanh.identity.internal.AuditFilter;
import vn.toancanh.identity.internal.AuditQueryService;
import vn.toancanh.identity.internal.DisplayTime;
import vn.toancanh.shared.InvalidInputException;

/** The audit log for admins: filter, page through newest first, export as CSV. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AuditLogController {

    static final String[] ACTIONS = {
        "LOGIN_SUCCESS",
        "LOGIN_FAILURE",
        "LOCKED",
        "UNLOCK",
        "CREATE",
        "UPDATE",
        "DELETE",
        "IMPORT",
        "MERGE",
        "PASSWORD_CHANGE",
        "PASSWORD_RESET",
        "REVOKE"
    };
    private static final int PAGE_SIZE = 50;

    private final AuditQueryService audit;

    AuditLogController(AuditQueryService audit) {
        this.audit = audit;
    }

    @GetMapping("/admin/audit")
    String list(AuditParams params, @RequestParam(defaultValue = "1") int page, Model model) {
        AuditFilter filter;
        Map<String, String> errors = Map.of();
        try {
            filter = params.toFilter();
        } catch (InvalidInputException e) {
            filter = AuditFilter.NONE;
            errors = FormErrors.of(e.problems());
        }
        model.addAttribute("page", audit.page(filter, page, PAGE_SIZE));
        model.addAttribute("params", params);
        model.addAttribute("errors", errors);
        model.addAttribute("actions", ACTIONS);
        return "identity/audit";
    }

    @GetMapping("/admin/audit.csv")
    void export(AuditParams params, HttpServletResponse response) throws IOException {
        AuditFilter filter = params.toFilter();
        response.setContentType("text/csv;charset=UTF-8");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader(
                "Content-Disposition", "attachment; filename=\"nhat-ky-" + LocalDate.now(DisplayTime.ZONE) + ".csv\"");
        audit.exportCsv(filter, response.getWriter());
    }
}
