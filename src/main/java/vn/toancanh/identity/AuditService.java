package vn.toancanh.identity;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.toancanh.identity.internal.AuditLogRepository;

/**
 * The audit log every module writes to: one row per login and per write, in the writer's transaction so a
 * rolled-back write leaves no entry and a committed one always has its entry.
 */
@Service
public class AuditService {

    private final AuditLogRepository log;
    private final IdentityService identity;

    AuditService(AuditLogRepository log, IdentityService identity) {
        this.log = log;
        this.identity = identity;
    }

    /**
     * @param action what was done, upper snake case: {@code CREATE}, {@code UPDATE}, {@code MERGE}, {@code IMPORT}
     * @param entityType the kind of thing: {@code org_unit}, {@code data_item}, …
     * @param entityKey its code or id
     * @param details a short human-readable summary; never secrets or passwords
     */
    public void record(String action, String entityType, @Nullable String entityKey, @Nullable String details) {
        recordAs(identity.currentUserOrSystem().username(), action, entityType, entityKey, details);
    }

    /** For events that happen before a user is in the security context (login attempts). */
    public void recordAs(
            String username, String action, String entityType, @Nullable String entityKey, @Nullable String details) {
        log.insert(username, action, entityType, entityKey, details, clientIp());
    }

    private static @Nullable String clientIp() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
