package vn.toancanh.identity;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.toancanh.identity.internal.UserAdminService;
import vn.toancanh.identity.internal.UserInput;
import vn.toancanh.identity.internal.UserView;

/** Users and units for tests, made through the real service (units through SQL: organisation is not ours). */
public final class TestUsers {

    public static final String PASSWORD = "Mat-khau-2025";

    private TestUsers() {}

    /** A user with {@link #PASSWORD}, created unless it exists. Officers get a unit of their own code. */
    public static UserView ensure(
            UserAdminService users, JdbcClient jdbc, String username, Role role, @Nullable String unitCode) {
        Long id = jdbc.sql("SELECT id FROM app_user WHERE username = :u")
                .param("u", username)
                .query(Long.class)
                .optional()
                .orElse(null);
        if (id != null) {
            return users.get(id);
        }
        if (unitCode != null) {
            ensureUnit(jdbc, unitCode, "Đơn vị thử " + unitCode, "DEPARTMENT");
        }
        return users.create(
                new UserInput(username, "Người thử " + username, null, role.name(), unitCode, true, PASSWORD));
    }

    /** An org_unit row with this code, unless one exists (the organisation demo step may have made it). */
    public static long ensureUnit(JdbcClient jdbc, String code, String name, String kind) {
        jdbc.sql(
                        "INSERT INTO org_unit (code, name, kind, level, path, search_text) VALUES (:code, :name, :kind, 3, '/', '')"
                                + " ON CONFLICT (code) DO NOTHING")
                .param("code", code)
                .param("name", name)
                .param("kind", kind)
                .update();
        jdbc.sql("UPDATE org_unit SET path = '/' || id || '/' WHERE code = :code AND path = '/'")
                .param("code", code)
                .update();
        return jdbc.sql("SELECT id FROM org_unit WHERE code = :code")
                .param("code", code)
                .query(Long.class)
                .single();
    }
}
