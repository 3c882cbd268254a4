package vn.toancanh.dashboard;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.toancanh.identity.CurrentUser;
import vn.toancanh.identity.Role;

/**
 * A dashboard with its widgets in position order.
 *
 * @param ownerId the author of a USER dashboard
 * @param sharedRoles users of these roles see it (USER dashboards)
 * @param sharedUnitIds users of these units see it (USER dashboards)
 * @param onWall shown in the wall's rotation when the wall is opened without a choice
 */
public record DashboardView(
        long id,
        String code,
        String title,
        @Nullable String titleEn,
        DashboardKind kind,
        @Nullable String domainCode,
        @Nullable Long ownerId,
        Set<Role> sharedRoles,
        Set<Long> sharedUnitIds,
        int rotationSeconds,
        boolean onWall,
        int sortOrder,
        Instant updatedAt,
        List<WidgetView> widgets) {

    public DashboardView {
        sharedRoles = Set.copyOf(sharedRoles);
        sharedUnitIds = Set.copyOf(sharedUnitIds);
        widgets = List.copyOf(widgets);
    }

    public String title(Locale locale) {
        return "en".equals(locale.getLanguage()) && titleEn != null && !titleEn.isBlank() ? titleEn : title;
    }

    /** HOME and DOMAIN dashboards are for everyone; a USER one for its owner and those it is shared with. */
    public boolean visibleTo(CurrentUser user) {
        if (kind != DashboardKind.USER || ownedBy(user)) {
            return true;
        }
        return sharedRoles.contains(user.role()) || (user.unitId() != null && sharedUnitIds.contains(user.unitId()));
    }

    /** The owner edits a USER dashboard; admins edit the HOME and DOMAIN ones. */
    public boolean editableBy(CurrentUser user) {
        return kind == DashboardKind.USER ? ownedBy(user) : user.isAdmin();
    }

    public boolean ownedBy(CurrentUser user) {
        return ownerId != null && ownerId == user.id();
    }

    public boolean shared() {
        return !sharedRoles.isEmpty() || !sharedUnitIds.isEmpty();
    }
}
