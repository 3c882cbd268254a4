package vn.toancanh.identity.internal;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The password rules, shared by user creation, reset and the user's own change. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    /** bcrypt reads only the first 72 bytes; a longer password would silently be cut. */
    public static final int MAX_LENGTH = 72;

    private PasswordPolicy() {}

    /** Why {@code password} is not acceptable for {@code username}, in Vietnamese; empty when it is. */
    public static Optional<String> problem(@Nullable String password, @Nullable String username) {
        if (password == null || password.isEmpty()) {
            return Optional.of("Vui lòng nhập mật khẩu");
        }
        if (password.length() < MIN_LENGTH) {
            return Optional.of("Mật khẩu phải có ít nhất " + MIN_LENGTH + " ký tự");
        }
        if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_LENGTH) {
            return Optional.of("Mật khẩu quá dài (tối đa " + MAX_LENGTH + " byte)");
        }
        if (username != null && password.equalsIgnoreCase(username.trim())) {
            return Optional.of("Mật khẩu không được trùng với tên đăng nhập");
        }
        return Optional.empty();
    }
}
