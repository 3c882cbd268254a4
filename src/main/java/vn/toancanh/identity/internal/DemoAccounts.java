package vn.toancanh.identity.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.toancanh.identity.Role;

/** The demo accounts, one per role (listed in the README too). They exist only with demo data. */
final class DemoAccounts {

    static final String PASSWORD = "demo1234";

    static final List<Account> ALL = List.of(
            new Account("admin", "Quản trị hệ thống", Role.ADMIN, null),
            new Account("lanhdao", "Nguyễn Văn Lãnh", Role.LEADER, null),
            new Account("phongtckh", "Trần Thị Hoa", Role.DEPARTMENT_OFFICER, "312-TCKH"),
            new Account("xalethien", "Lê Văn Thiện", Role.COMMUNE_OFFICER, "11584"),
            new Account("thongke", "Phạm Minh Tuấn", Role.PARTNER_OFFICER, "312-TK"),
            new Account("xem", "Hoàng Thu Trang", Role.VIEWER, null));

    private DemoAccounts() {}

    record Account(
            String username,
            String fullName,
            Role role,
            @Nullable String unitCode) {}
}
