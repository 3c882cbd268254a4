package vn.toancanh.identity.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.toancanh.identity.internal.AuditEntryView;
import vn.toancanh.identity.internal.AuditQueryService;
import vn.toancanh.shared.PageResult;

/** The audit log for scripts: the page's filters, newest first. Admins only. */
@RestController
@PreAuthorize("hasRole('ADMIN')")
class AuditLogApiController {

    private final AuditQueryService audit;

    AuditLogApiController(AuditQueryService audit) {
        this.audit = audit;
    }

    /** {@code GET /api/auditLog?user=admin&action=LOGIN_FAILURE&entityType=app_user&from=01/03/2025&to=31/03/2025} */
    @GetMapping("/api/auditLog")
    PageResult<AuditEntryView> list(
            AuditParams params,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "50") int pageSize) {
        return audit.page(params.toFilter(), page, pageSize);
    }
}
