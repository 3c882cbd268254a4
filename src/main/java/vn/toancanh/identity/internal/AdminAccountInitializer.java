package vn.toancanh.identity.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import vn.toancanh.identity.AuditService;
import vn.toancanh.identity.Role;
import vn.toancanh.shared.VietnameseText;

/** Creates the first admin from TOANCANH_ADMIN_USERNAME / TOANCANH_ADMIN_PASSWORD when that user does not exist. */
@Component
@Order(-10)
class AdminAccountInitializer implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminAccountInitializer.class);

    private final IdentityProperties properties;
    private final UserAccountRepository users;
    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final AuditService audit;

    AdminAccountInitializer(
            IdentityProperties properties,
            UserAccountRepository users,
            JdbcClient jdbc,
            PasswordEncoder encoder,
            AuditService audit) {
        this.properties = properties;
        this.users = users;
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.audit = audit;
    }

    @Override
    public void run(ApplicationArguments args) {
        String username = properties.adminUsername().trim();
        if (username.isEmpty()) {
            return;
        }
        if (properties.adminPassword().length() < 8) {
            log.warn("TOANCANH_ADMIN_PASSWORD is shorter than 8 characters: the admin account was not created");
            return;
        }
        if (users.exists(username)) {
            return;
        }
        jdbc.sql("""
                INSERT INTO app_user (username, password_hash, full_name, role, search_text)
                VALUES (:username, :hash, :fullName, 'ADMIN', :search)""")
                .param("username", username)
                .param("hash", encoder.encode(properties.adminPassword()))
                .param("fullName", "Quản trị hệ thống")
                .param("search", VietnameseText.fold(username + " Quản trị hệ thống"))
                .update();
        audit.recordAs("system", "CREATE", "app_user", username, "First admin account (" + Role.ADMIN + ")");
        log.info("Created the admin account '{}'", username);
    }
}
