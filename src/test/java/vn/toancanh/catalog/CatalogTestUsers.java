package vn.toancanh.catalog;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** An admin, a viewer and a leader for the catalog's API and page tests, created once per database with the app's encoder. */
final class CatalogTestUsers {

    static final String ADMIN = "cat-admin";
    static final String VIEWER = "cat-viewer";
    static final String LEADER = "cat-leader";
    static final String PASSWORD = "Catalog-Test-2024!";

    private CatalogTestUsers() {}

    static void ensure(JdbcClient jdbc, PasswordEncoder encoder) {
        user(jdbc, encoder, ADMIN, "Quản trị danh mục", "ADMIN");
        user(jdbc, encoder, VIEWER, "Người xem danh mục", "VIEWER");
        user(jdbc, encoder, LEADER, "Lãnh đạo xem danh mục", "LEADER");
    }

    private static void user(JdbcClient jdbc, PasswordEncoder encoder, String username, String name, String role) {
        jdbc.sql("""
                INSERT INTO app_user (username, password_hash, full_name, role) VALUES (:u, :p, :n, :r)
                ON CONFLICT (username) DO NOTHING""")
                .param("u", username)
                .param("p", encoder.encode(PASSWORD))
                .param("n", name)
                .param("r", role)
                .update();
    }
}
