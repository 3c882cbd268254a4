package vn.toancanh.dashboard.web;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.toancanh.dashboard.ChartType;
import vn.toancanh.dashboard.DashboardKind;
import vn.toancanh.dashboard.DashboardView;
import vn.toancanh.dashboard.WidgetView;
import vn.toancanh.identity.Role;

/** A dashboard as the JSON API answers it; roles and unit ids sorted so answers compare. */
record DashboardResponse(
        String code,
        String title,
        @Nullable String titleEn,
        DashboardKind kind,
        @Nullable String domainCode,
        @Nullable Long ownerId,
        List<String> sharedRoles,
        List<Long> sharedUnitIds,
        int rotationSeconds,
        boolean onWall,
        Instant updatedAt,
        List<Widget> widgets) {

    record Widget(
            int position,
            int width,
            ChartType type,
            String title,
            @Nullable String titleEn,
            List<String> dx,
            String pe,
            String ou,
            String options) {

        static Widget from(WidgetView w) {
            return new Widget(
                    w.position(), w.width(), w.type(), w.title(), w.titleEn(), w.dx(), w.pe(), w.ou(), w.options());
        }
    }

    static DashboardResponse from(DashboardView d) {
        return new DashboardResponse(
                d.code(),
                d.title(),
                d.titleEn(),
                d.kind(),
                d.domainCode(),
                d.ownerId(),
                d.sharedRoles().stream().map(Role::name).sorted().toList(),
                d.sharedUnitIds().stream().sorted().toList(),
                d.rotationSeconds(),
                d.onWall(),
                d.updatedAt(),
                d.widgets().stream().map(Widget::from).toList());
    }
}
