package vn.toancanh.identity.internal;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Tells the person who just started the application where it is and how to sign in. Demo accounts are listed only
 * while they still have the demo password, so a changed password is never printed and a production system, where
 * they do not exist, prints none.
 */
@Component
class StartupBanner {

    private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);

    private final UserAccountRepository accounts;
    private final PasswordEncoder encoder;
    private final IdentityProperties properties;
    private final Environment environment;

    StartupBanner(
            UserAccountRepository accounts,
            PasswordEncoder encoder,
            IdentityProperties properties,
            Environment environment) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.properties = properties;
        this.environment = environment;
    }

    @EventListener(ApplicationReadyEvent.class)
    void print() {
        log.info(banner());
    }

    String banner() {
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        String path = environment.getProperty("server.servlet.context-path", "");
        StringBuilder out = new StringBuilder("\n")
                .append("=".repeat(64))
                .append("\n  Toàn Cảnh is running: http://localhost:")
                .append(port)
                .append(path)
                .append('\n');
        List<DemoAccounts.Account> demo = demoAccountsWithDemoPassword();
        if (!demo.isEmpty()) {
            out.append("\n  Demo accounts (password: ")
                    .append(DemoAccounts.PASSWORD)
                    .append(")\n");
            for (DemoAccounts.Account a : demo) {
                out.append(String.format(
                        "    %-10s  %-18s  %s%n", a.username(), a.role(), a.unitCode() == null ? "" : a.unitCode()));
            }
        }
        if (properties.adminUsername().isBlank()) {
            out.append("\n  Production: set TOANCANH_ADMIN_USERNAME and TOANCANH_ADMIN_PASSWORD for the first admin,\n")
                    .append("  and do not load demo data (its accounts have a published password).\n");
        }
        return out.append("=".repeat(64)).toString();
    }

    private List<DemoAccounts.Account> demoAccountsWithDemoPassword() {
        List<DemoAccounts.Account> found = new ArrayList<>();
        for (DemoAccounts.Account account : DemoAccounts.ALL) {
            accounts.findByUsername(account.username())
                    .filter(u -> u.passwordHash() != null && encoder.matches(DemoAccounts.PASSWORD, u.passwordHash()))
                    .ifPresent(u -> found.add(account));
        }
        return found;
    }
}
