package vn.toancanh.identity.internal;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import vn.toancanh.identity.AuditService;
import vn.toancanh.identity.UnitDirectory;
import vn.toancanh.identity.UnitDirectory.UnitRef;
import vn.toancanh.shared.DemoDataSize;
import vn.toancanh.shared.DemoDataStep;

/**
 * One demo account per role, on units the organisation step created. Idempotent: an account that already exists
 * (for instance the admin from TOANCANH_ADMIN_USERNAME) is left as it is.
 */
@Component
class IdentityDemoData implements DemoDataStep {

    private static final Logger log = LoggerFactory.getLogger(IdentityDemoData.class);

    private final UserAccountRepository accounts;
    private final UserAdminRepository users;
    private final UnitDirectory units;
    private final PasswordEncoder encoder;
    private final AuditService audit;

    IdentityDemoData(
            UserAccountRepository accounts,
            UserAdminRepository users,
            UnitDirectory units,
            PasswordEncoder encoder,
            AuditService audit) {
        this.accounts = accounts;
        this.users = users;
        this.units = units;
        this.encoder = encoder;
        this.audit = audit;
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public String name() {
        return "identity";
    }

    @Override
    public void load(DemoDataSize size, long seed) {
        for (DemoAccounts.Account account : DemoAccounts.ALL) {
            if (!accounts.exists(account.username())) {
                create(account);
            }
        }
    }

    private void create(DemoAccounts.Account account) {
        Long unitId = null;
        if (account.unitCode() != null) {
            Optional<UnitRef> unit = units.findByCode(account.unitCode());
            if (unit.isEmpty() && account.role().isOfficer()) {
                log.warn(
                        "Demo unit {} is missing: demo account '{}' not created",
                        account.unitCode(),
                        account.username());
                return;
            }
            if (unit.isEmpty()) {
                log.warn(
                        "Demo unit {} is missing: '{}' created without a unit", account.unitCode(), account.username());
            }
            unitId = unit.map(UnitRef::id).orElse(null);
        }
        ValidUser user = new ValidUser(account.username(), account.fullName(), null, account.role(), unitId, true);
        users.insert(user, encoder.encode(DemoAccounts.PASSWORD));
        audit.recordAs("system", "CREATE", "app_user", account.username(), "Tài khoản demo (" + account.role() + ")");
    }
}
