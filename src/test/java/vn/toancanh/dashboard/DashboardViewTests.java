package vn.toancanh.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.toancanh.identity.CurrentUser;
import vn.toancanh.identity.Role;

/** Who sees and who changes a dashboard. */
class DashboardViewTests {

    static final CurrentUser OWNER = new CurrentUser(1, "a", "A", Role.DEPARTMENT_OFFICER, 10L);
    static final CurrentUser COLLEAGUE = new CurrentUser(2, "b", "B", Role.DEPARTMENT_OFFICER, 10L);
    static final CurrentUser VIEWER = new CurrentUser(3, "c", "C", Role.VIEWER, null);
    static final CurrentUser ADMIN = new CurrentUser(4, "d", "D", Role.ADMIN, null);

    @Test
    void aUserDashboardIsTheOwnersUntilShared() {
        DashboardView own = dashboard(DashboardKind.USER, 1L, Set.of(), Set.of());
        assertThat(own.visibleTo(OWNER)).isTrue();
        assertThat(own.editableBy(OWNER)).isTrue();
        assertThat(own.visibleTo(COLLEAGUE)).isFalse();
        assertThat(own.visibleTo(ADMIN)).isFalse();
        assertThat(own.editableBy(ADMIN)).isFalse();
    }

    @Test
    void sharingWithARoleOrAUnitShowsButDoesNotHandOver() {
        DashboardView byUnit = dashboard(DashboardKind.USER, 1L, Set.of(), Set.of(10L));
        assertThat(byUnit.visibleTo(COLLEAGUE)).isTrue();
        assertThat(byUnit.editableBy(COLLEAGUE)).isFalse();
        assertThat(byUnit.visibleTo(VIEWER)).isFalse();
        DashboardView byRole = dashboard(DashboardKind.USER, 1L, Set.of(Role.VIEWER), Set.of());
        assertThat(byRole.visibleTo(VIEWER)).isTrue();
        assertThat(byRole.visibleTo(COLLEAGUE)).isFalse();
        assertThat(byRole.shared()).isTrue();
    }

    @Test
    void theStandardDashboardsAreForEveryoneAndAdminsMaintainThem() {
        DashboardView home = dashboard(DashboardKind.HOME, null, Set.of(), Set.of());
        assertThat(List.of(OWNER, VIEWER, ADMIN)).allMatch(home::visibleTo);
        assertThat(home.editableBy(ADMIN)).isTrue();
        assertThat(home.editableBy(OWNER)).isFalse();
    }

    private static DashboardView dashboard(DashboardKind kind, Long owner, Set<Role> roles, Set<Long> units) {
        return new DashboardView(
                1, "X", "X", null, kind, null, owner, roles, units, 30, false, 0, Instant.EPOCH, List.of());
    }
}
