package vn.toancanh.organisation.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.toancanh.organisation.UnitContact;
import vn.toancanh.organisation.UnitDetailView;
import vn.toancanh.organisation.UnitKind;
import vn.toancanh.organisation.UnitView;

/** org_unit reads. */
@Repository
public class UnitRepository {

    static final String VIEW_COLUMNS = "id, code, name, short_name, kind, level, parent_id, path, valid_from, valid_to";

    /** A unit with its parent's code and name; alias {@code u} is the unit. */
    static final String DETAIL_SELECT = """
            SELECT u.id, u.code, u.name, u.short_name, u.kind, u.level, u.parent_id, u.path, u.valid_from, u.valid_to,
                   u.name_en, u.latitude, u.longitude, u.geometry::text AS geometry, u.address, u.phone, u.email,
                   u.website, p.code AS parent_code, p.name AS parent_name
              FROM org_unit u LEFT JOIN org_unit p ON p.id = u.parent_id
            """;

    private final JdbcClient jdbc;

    UnitRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<UnitView> findByCode(String code) {
        return jdbc.sql("SELECT " + VIEW_COLUMNS + " FROM org_unit WHERE code = :code")
                .param("code", code)
                .query(UnitRepository::view)
                .optional();
    }

    public Optional<UnitView> findById(long id) {
        return jdbc.sql("SELECT " + VIEW_COLUMNS + " FROM org_unit WHERE id = :id")
                .param("id", id)
                .query(UnitRepository::view)
                .optional();
    }

    public Optional<UnitDetailView> findDetail(String code) {
        return jdbc.sql(DETAIL_SELECT + " WHERE u.code = :code")
                .param("code", code)
                .query(UnitRepository::detail)
                .optional();
    }

    /** The units directly below {@code parentId} that are open on {@code today}, with their details. */
    public List<UnitDetailView> childDetails(long parentId, java.time.LocalDate today) {
        return jdbc.sql(DETAIL_SELECT
                        + " WHERE u.parent_id = :id AND (u.valid_to IS NULL OR u.valid_to >= :today)"
                        + " ORDER BY u.sort_order, u.code")
                .param("id", parentId)
                .param("today", today)
                .query(UnitRepository::detail)
                .list();
    }

    public Map<String, UnitView> findByCodes(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql("SELECT " + VIEW_COLUMNS + " FROM org_unit WHERE code IN (:codes)")
                .param("codes", codes)
                .query(UnitRepository::view)
                .stream()
                .collect(Collectors.toMap(UnitView::code, Function.identity()));
    }

    public Map<Long, UnitView> findByIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql("SELECT " + VIEW_COLUMNS + " FROM org_unit WHERE id IN (:ids)")
                .param("ids", ids)
                .query(UnitRepository::view)
                .stream()
                .collect(Collectors.toMap(UnitView::id, Function.identity()));
    }

    public List<UnitView> subtree(long unitId) {
        return jdbc.sql("SELECT " + VIEW_COLUMNS + " FROM org_unit WHERE path LIKE "
                        + "(SELECT path FROM org_unit WHERE id = :id) || '%' ORDER BY level, sort_order, name")
                .param("id", unitId)
                .query(UnitRepository::view)
                .list();
    }

    public List<UnitView> children(long parentId) {
        return jdbc.sql("SELECT " + VIEW_COLUMNS + " FROM org_unit WHERE parent_id = :id ORDER BY sort_order, name")
                .param("id", parentId)
                .query(UnitRepository::view)
                .list();
    }

    public List<UnitView> roots() {
        return jdbc.sql("SELECT " + VIEW_COLUMNS + " FROM org_unit WHERE parent_id IS NULL ORDER BY sort_order, name")
                .query(UnitRepository::view)
                .list();
    }

    static UnitView view(ResultSet rs, int row) throws SQLException {
        long parent = rs.getLong("parent_id");
        Long parentId = rs.wasNull() ? null : parent;
        Date from = rs.getDate("valid_from");
        Date to = rs.getDate("valid_to");
        return new UnitView(
                rs.getLong("id"),
                rs.getString("code"),
                rs.getString("name"),
                rs.getString("short_name"),
                UnitKind.valueOf(rs.getString("kind")),
                rs.getInt("level"),
                parentId,
                rs.getString("path"),
                from == null ? null : from.toLocalDate(),
                to == null ? null : to.toLocalDate());
    }

    static UnitDetailView detail(ResultSet rs, int row) throws SQLException {
        return new UnitDetailView(
                view(rs, row),
                rs.getString("parent_code"),
                rs.getString("parent_name"),
                rs.getString("name_en"),
                rs.getObject("latitude", Double.class),
                rs.getObject("longitude", Double.class),
                rs.getString("geometry"),
                new UnitContact(
                        rs.getString("address"), rs.getString("phone"), rs.getString("email"), rs.getString("website")),
                List.of());
    }
}
