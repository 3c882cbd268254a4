package vn.toancanh.identity.internal;

import java.time.Instant;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import vn.toancanh.identity.AuditService;

/**
 * Lockout and the login audit. Failures count for form login and HTTP Basic alike (both are ways to guess a
 * password); a success is audited only for interactive (form) logins, since a script using Basic authenticates on
 * every request and would flood the log.
 */
@Component
class LoginAttemptListener {

    private static final String ENTITY = "app_user";

    private final UserAccountRepository users;
    private final IdentityProperties properties;
    private final AuditService audit;

    LoginAttemptListener(UserAccountRepository users, IdentityProperties properties, AuditService audit) {
        this.users = users;
        this.properties = properties;
        this.audit = audit;
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        String username = attempted(event.getAuthentication().getName());
        String reason;
        if (event instanceof AuthenticationFailureBadCredentialsEvent) {
            reason = badCredentials(username);
        } else if (event instanceof AuthenticationFailureLockedEvent) {
            reason = "Tài khoản đang bị khoá";
        } else if (event instanceof AuthenticationFailureDisabledEvent) {
            reason = "Tài khoản đã bị vô hiệu hoá";
        } else {
            reason = event.getException().getClass().getSimpleName();
        }
        audit.recordAs(username, "LOGIN_FAILURE", ENTITY, username, reason);
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        users.clearFailures(event.getAuthentication().getName());
    }

    @EventListener
    void onInteractiveSuccess(InteractiveAuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof UserPrincipal user) {
            users.recordLogin(user.id());
            audit.recordAs(user.username(), "LOGIN_SUCCESS", ENTITY, user.username(), "Đăng nhập");
        }
    }

    private String badCredentials(String username) {
        Instant lockUntil = Instant.now().plus(properties.lockMinutes());
        boolean locked = users.recordFailure(username, properties.maxFailedLogins(), lockUntil)
                .orElse(false);
        if (locked) {
            audit.recordAs(
                    username,
                    "LOCKED",
                    ENTITY,
                    username,
                    "Khoá đến " + DisplayTime.formatSeconds(lockUntil) + " sau " + properties.maxFailedLogins()
                            + " lần đăng nhập sai");
        }
        return "Sai tên đăng nhập hoặc mật khẩu";
    }

    /** What the client typed as user name, cut to the column's size; it may be anything, even empty. */
    private static String attempted(String name) {
        String s = name == null || name.isBlank() ? "(trống)" : name.trim();
        return s.length() > 64 ? s.substring(0, 64) : s;
    }
}
