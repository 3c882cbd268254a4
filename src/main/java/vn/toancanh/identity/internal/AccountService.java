package vn.toancanh.identity.internal;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.toancanh.identity.AuditService;
import vn.toancanh.shared.FieldProblem;
import vn.toancanh.shared.InvalidInputException;
import vn.toancanh.shared.NotFoundException;

/** What a signed-in user does to their own account. */
@Service
public class AccountService {

    private final UserAccountRepository users;
    private final PasswordEncoder encoder;
    private final AuditService audit;

    AccountService(UserAccountRepository users, PasswordEncoder encoder, AuditService audit) {
        this.users = users;
        this.encoder = encoder;
        this.audit = audit;
    }

    /** Checks the current password, the policy and the confirmation, reporting every problem by field. */
    @Transactional
    public void changePassword(
            long userId, @Nullable String current, @Nullable String newPassword, @Nullable String confirm) {
        UserPrincipal user = users.findById(userId).orElseThrow(() -> NotFoundException.of("người dùng", "" + userId));
        List<FieldProblem> problems = new ArrayList<>();
        if (current == null || current.isEmpty() || !encoder.matches(current, user.passwordHash())) {
            problems.add(new FieldProblem("currentPassword", "Mật khẩu hiện tại không đúng"));
        }
        PasswordPolicy.problem(newPassword, user.username())
                .ifPresent(p -> problems.add(new FieldProblem("newPassword", p)));
        if (newPassword != null && newPassword.equals(current) && problems.isEmpty()) {
            problems.add(new FieldProblem("newPassword", "Mật khẩu mới phải khác mật khẩu hiện tại"));
        }
        if (newPassword != null && !newPassword.equals(confirm)) {
            problems.add(new FieldProblem("confirmPassword", "Mật khẩu nhập lại không khớp"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        users.updatePassword(userId, encoder.encode(newPassword));
        audit.record("PASSWORD_CHANGE", "app_user", user.username(), "Người dùng tự đổi mật khẩu");
    }
}
