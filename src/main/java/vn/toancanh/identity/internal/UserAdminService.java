package vn.toancanh.identity.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.toancanh.identity.AuditService;
import vn.toancanh.identity.IdentityService;
import vn.toancanh.identity.Role;
import vn.toancanh.identity.UnitDirectory;
import vn.toancanh.identity.UnitDirectory.UnitRef;
import vn.toancanh.shared.ConflictException;
import vn.toancanh.shared.InvalidInputException;
import vn.toancanh.shared.NotFoundException;
import vn.toancanh.shared.PageQuery;
import vn.toancanh.shared.PageResult;

/** User administration: list, create, change, reset passwords, unlock. Every write is audited. */
@Service
public class UserAdminService {

    private static final String ENTITY = "app_user";

    private final UserAdminRepository repository;
    private final UserAccountRepository accounts;
    private final UserValidator validator;
    private final UnitDirectory units;
    private final PasswordEncoder encoder;
    private final AuditService audit;
    private final IdentityService identity;

    UserAdminService(
            UserAdminRepository repository,
            UserAccountRepository accounts,
            UserValidator validator,
            UnitDirectory units,
            PasswordEncoder encoder,
            AuditService audit,
            IdentityService identity) {
        this.repository = repository;
        this.accounts = accounts;
        this.validator = validator;
        this.units = units;
        this.encoder = encoder;
        this.audit = audit;
        this.identity = identity;
    }

    @Transactional(readOnly = true)
    public PageResult<UserView> page(UserFilter filter, PageQuery query) {
        PageResult<UserView> page = repository.page(filter, query);
        Map<Long, Optional<UnitRef>> seen = new HashMap<>();
        return page.map(u -> u.unitId() == null
                ? u
                : u.withUnit(seen.computeIfAbsent(u.unitId(), units::findById).orElse(null)));
    }

    @Transactional(readOnly = true)
    public UserView get(long id) {
        return repository
                .find(id)
                .map(this::withUnit)
                .orElseThrow(() -> NotFoundException.of("người dùng", String.valueOf(id)));
    }

    /** The unit id for a filter by unit code; empty when no unit has that code. */
    public Optional<Long> unitId(String code) {
        return units.findByCode(code.trim()).map(UnitRef::id);
    }

    @Transactional
    public UserView create(UserInput input) {
        ValidUser user = validator.validate(input, true);
        if (repository.usernameTaken(user.username(), 0)) {
            throw new ConflictException("username", "Tên đăng nhập '" + user.username() + "' đã có");
        }
        long id = repository.insert(user, encoder.encode(input.password()));
        audit.record("CREATE", ENTITY, user.username(), describe(user));
        return get(id);
    }

    @Transactional
    public UserView update(long id, UserInput input) {
        UserView before = get(id);
        ValidUser user = validator.validate(input, false);
        if (repository.usernameTaken(user.username(), id)) {
            throw new ConflictException("username", "Tên đăng nhập '" + user.username() + "' đã có");
        }
        guardSelf(before, user);
        repository.update(id, user);
        if (input.password() != null && !input.password().isEmpty()) {
            accounts.updatePassword(id, encoder.encode(input.password()));
        }
        audit.record("UPDATE", ENTITY, user.username(), describe(user));
        return get(id);
    }

    @Transactional
    public void resetPassword(long id, @Nullable String password) {
        UserView user = get(id);
        PasswordPolicy.problem(password, user.username()).ifPresent(p -> {
            throw InvalidInputException.of("password", p);
        });
        accounts.updatePassword(id, encoder.encode(password));
        audit.record("PASSWORD_RESET", ENTITY, user.username(), "Đặt lại mật khẩu");
    }

    @Transactional
    public void unlock(long id) {
        UserView user = get(id);
        repository.unlock(id);
        audit.record("UNLOCK", ENTITY, user.username(), "Mở khoá tài khoản");
    }

    /** An admin cannot lock themselves out by disabling or demoting their own account. */
    private void guardSelf(UserView before, ValidUser after) {
        boolean self = identity.currentUser().map(c -> c.id() == before.id()).orElse(false);
        if (self && (!after.enabled() || after.role() != Role.ADMIN) && before.role() == Role.ADMIN) {
            throw InvalidInputException.of("role", "Không thể tự bỏ quyền quản trị hoặc tự vô hiệu hoá tài khoản mình");
        }
    }

    private UserView withUnit(UserView user) {
        return user.unitId() == null
                ? user
                : user.withUnit(units.findById(user.unitId()).orElse(null));
    }

    private String describe(ValidUser user) {
        String unit = user.unitId() == null
                ? "-"
                : units.findById(user.unitId()).map(UnitRef::code).orElse("?");
        return "role=" + user.role() + ", unit=" + unit + ", enabled=" + user.enabled();
    }
}
