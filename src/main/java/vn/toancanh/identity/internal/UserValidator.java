package vn.toancanh.identity.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.toancanh.identity.Role;
import vn.toancanh.identity.UnitDirectory;
import vn.toancanh.identity.UnitDirectory.UnitRef;
import vn.toancanh.shared.FieldProblem;
import vn.toancanh.shared.InvalidInputException;

/** Checks a {@link UserInput} field by field and reports every problem at once, in Vietnamese. */
@Component
class UserValidator {

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{3,64}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final UnitDirectory units;

    UserValidator(UnitDirectory units) {
        this.units = units;
    }

    /** @param creating a new user needs a password; an update may leave it blank to keep the current one */
    ValidUser validate(UserInput input, boolean creating) {
        List<FieldProblem> problems = new ArrayList<>();
        String username = trim(input.username());
        if (!USERNAME.matcher(username).matches()) {
            problems.add(new FieldProblem(
                    "username", "Tên đăng nhập gồm 3–64 ký tự: chữ không dấu, số, dấu chấm, gạch dưới, gạch ngang"));
        }
        String fullName = trim(input.fullName());
        if (fullName.isEmpty() || fullName.length() > 200) {
            problems.add(new FieldProblem("fullName", "Vui lòng nhập họ tên (tối đa 200 ký tự)"));
        }
        String email = trim(input.email());
        if (!email.isEmpty() && (email.length() > 200 || !EMAIL.matcher(email).matches())) {
            problems.add(new FieldProblem("email", "Địa chỉ email không hợp lệ"));
        }
        Role role = role(input.role());
        if (role == null) {
            problems.add(new FieldProblem("role", "Vui lòng chọn vai trò"));
        }
        Long unitId = unit(input.unitCode(), role, problems);
        String password = input.password();
        if (creating || (password != null && !password.isEmpty())) {
            PasswordPolicy.problem(password, username).ifPresent(p -> problems.add(new FieldProblem("password", p)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new ValidUser(username, fullName, email.isEmpty() ? null : email, role, unitId, input.enabled());
    }

    private @Nullable Long unit(@Nullable String code, @Nullable Role role, List<FieldProblem> problems) {
        String unitCode = trim(code);
        if (unitCode.isEmpty()) {
            if (role != null && role.isOfficer()) {
                problems.add(new FieldProblem("unitCode", "Cán bộ phải thuộc một đơn vị: vui lòng nhập mã đơn vị"));
            }
            return null;
        }
        return units.findByCode(unitCode).map(UnitRef::id).orElseGet(() -> {
            problems.add(new FieldProblem("unitCode", "Không có đơn vị mã '" + unitCode + "'"));
            return null;
        });
    }

    private static @Nullable Role role(@Nullable String value) {
        try {
            return value == null || value.isBlank() ? null : Role.valueOf(value.trim());
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static String trim(@Nullable String s) {
        return s == null ? "" : s.trim();
    }
}
