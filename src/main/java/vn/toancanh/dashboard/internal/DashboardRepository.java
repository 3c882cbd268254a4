package vn.toancanh.dashboard.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.toancanh.dashboard.ChartType;
import vn.toancanh.dashboard.DashboardKind;
import vn.toancanh.dashboard.DashboardView;
import vn.toancanh.dashboard.WidgetView;
import vn.toancanh.identity.CurrentUser;
import vn.toancanh.identity.Role;

/** dashboard and dashboard_widget. A dashboard and its widgets load in two queries, a list of them in two too. */
@Repository
public class DashboardRepository {

    private static final String COLUMNS = """
            SELECT id, code, title, title_en, kind, domain_code, owner_id, shared_roles, shared_unit_ids,
                   rotation_seconds, on_wall, sort_order, updated_at FROM dashboard""";
    private static final String ORDER =
            " ORDER BY CASE kind WHEN 'HOME' THEN 0 WHEN 'DOMAIN' THEN 1 ELSE 2 END," + " sort_order, lower(title), id";

    private final JdbcClient jdbc;

    DashboardRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<DashboardView> findByCode(String code) {
        return withWidgets(jdbc.sql(COLUMNS + " WHERE code = :code")
                        .param("code", code)
                        .query(DashboardRepository::dashboard)
                        .list())
                .stream()
                .findFirst();
    }

    /** HOME and DOMAIN dashboards, the user's own and those shared with the user's role or unit. */
    public List<DashboardView> visibleTo(CurrentUser user) {
        return withWidgets(jdbc.sql(COLUMNS + " " + """
                         WHERE kind <> 'USER' OR owner_id = :user OR :role = ANY (shared_roles)
                            OR (CAST(:unit AS bigint) IS NOT NULL AND CAST(:unit AS bigint) = ANY (shared_unit_ids))""" + ORDER)
                .param("user", user.id())
                .param("role", user.role().name())
                .param("unit", user.unitId())
                .query(DashboardRepository::dashboard)
                .list());
    }

    public boolean exists(String code) {
        return jdbc.sql("SELECT count(*) FROM dashboard WHERE code = :code")
                        .param("code", code)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Inserts unless the code exists (another instance may create the defaults at the same moment). */
    public Optional<Long> insertIfAbsent(DashboardView d) {
        return jdbc.sql("""
                INSERT INTO dashboard (code, title, title_en, kind, domain_code, owner_id, shared_roles,
                                       shared_unit_ids, rotation_seconds, on_wall, sort_order)
                VALUES (:code, :title, :titleEn, :kind, :domain, :owner, CAST(:roles AS text[]), CAST(:units AS bigint[]), :rotation, :wall, :sort)
                ON CONFLICT (code) DO NOTHING RETURNING id""")
                .param("code", d.code())
                .param("title", d.title())
                .param("titleEn", d.titleEn())
                .param("kind", d.kind().name())
                .param("domain", d.domainCode())
                .param("owner", d.ownerId())
                .param("roles", roles(d.sharedRoles()))
                .param("units", SqlArrays.of(d.sharedUnitIds()))
                .param("rotation", d.rotationSeconds())
                .param("wall", d.onWall())
                .param("sort", d.sortOrder())
                .query(Long.class)
                .optional();
    }

    /** A USER dashboard's code comes from its id once it has one: {@code U17}. */
    public void setCode(long id, String code) {
        jdbc.sql("UPDATE dashboard SET code = :code WHERE id = :id")
                .param("code", code)
                .param("id", id)
                .update();
    }

    public void update(DashboardView d) {
        jdbc.sql("""
                UPDATE dashboard SET title = :title, title_en = :titleEn, shared_roles = CAST(:roles AS text[]),
                       shared_unit_ids = CAST(:units AS bigint[]), rotation_seconds = :rotation, on_wall = :wall, updated_at = now()
                WHERE id = :id""")
                .param("title", d.title())
                .param("titleEn", d.titleEn())
                .param("roles", roles(d.sharedRoles()))
                .param("units", SqlArrays.of(d.sharedUnitIds()))
                .param("rotation", d.rotationSeconds())
                .param("wall", d.onWall())
                .param("id", d.id())
                .update();
    }

    public void delete(long id) {
        jdbc.sql("DELETE FROM dashboard WHERE id = :id").param("id", id).update();
    }

    /** Replaces the dashboard's widgets with these, numbered in list order. */
    public void replaceWidgets(long dashboardId, List<WidgetView> widgets) {
        jdbc.sql("DELETE FROM dashboard_widget WHERE dashboard_id = :id")
                .param("id", dashboardId)
                .update();
        int position = 0;
        for (WidgetView w : widgets) {
            jdbc.sql("""
                    INSERT INTO dashboard_widget (dashboard_id, position, width, chart_type, title, title_en, dx, pe,
                                                  ou, options)
                    VALUES (:d, :p, :w, :t, :title, :titleEn, CAST(:dx AS text[]), :pe, :ou, :options)""")
                    .param("d", dashboardId)
                    .param("p", position++)
                    .param("w", w.width())
                    .param("t", w.type().name())
                    .param("title", w.title())
                    .param("titleEn", w.titleEn())
                    .param("dx", SqlArrays.ofText(w.dx()))
                    .param("pe", w.pe())
                    .param("ou", w.ou())
                    .param("options", w.options())
                    .update();
        }
    }

    private List<DashboardView> withWidgets(List<DashboardView> dashboards) {
        if (dashboards.isEmpty()) {
            return dashboards;
        }
        Map<Long, List<WidgetView>> widgets =
                widgetsOf(dashboards.stream().map(DashboardView::id).toList());
        List<DashboardView> result = new ArrayList<>(dashboards.size());
        for (DashboardView d : dashboards) {
            result.add(new DashboardView(
                    d.id(),
                    d.code(),
                    d.title(),
                    d.titleEn(),
                    d.kind(),
                    d.domainCode(),
                    d.ownerId(),
                    d.sharedRoles(),
                    d.sharedUnitIds(),
                    d.rotationSeconds(),
                    d.onWall(),
                    d.sortOrder(),
                    d.updatedAt(),
                    widgets.getOrDefault(d.id(), List.of())));
        }
        return result;
    }

    private Map<Long, List<WidgetView>> widgetsOf(Collection<Long> dashboardIds) {
        Map<Long, List<WidgetView>> byDashboard = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT dashboard_id, id, position, width, chart_type, title, title_en, dx, pe, ou, options
                FROM dashboard_widget WHERE dashboard_id = ANY (CAST(:ids AS bigint[])) ORDER BY dashboard_id, position""")
                .param("ids", SqlArrays.of(dashboardIds))
                .query((rs, n) -> Map.entry(rs.getLong(1), widget(rs)))
                .list()
                .forEach(e -> byDashboard
                        .computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                        .add(e.getValue()));
        return byDashboard;
    }

    private static WidgetView widget(ResultSet rs) throws SQLException {
        return new WidgetView(
                rs.getLong(2),
                rs.getInt(3),
                rs.getInt(4),
                ChartType.valueOf(rs.getString(5)),
                rs.getString(6),
                rs.getString(7),
                List.of(strings(rs.getArray(8))),
                rs.getString(9),
                rs.getString(10),
                rs.getString(11));
    }

    private static DashboardView dashboard(ResultSet rs, int n) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String role : strings(rs.getArray(8))) {
            roles.add(Role.valueOf(role));
        }
        Long[] units = (Long[]) rs.getArray(9).getArray();
        return new DashboardView(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                DashboardKind.valueOf(rs.getString(5)),
                rs.getString(6),
                rs.getObject(7, Long.class),
                roles,
                Arrays.stream(units).collect(Collectors.toSet()),
                rs.getInt(10),
                rs.getBoolean(11),
                rs.getInt(12),
                rs.getTimestamp(13).toInstant(),
                List.of());
    }

    private static String[] strings(@Nullable Array array) throws SQLException {
        return array == null ? new String[0] : (String[]) array.getArray();
    }

    private static String roles(Set<Role> roles) {
        return SqlArrays.ofText(roles.stream().map(Role::name).sorted().toList());
    }
}
