package vn.toancanh.organisation.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.toancanh.organisation.UnitGroupView;
import vn.toancanh.organisation.UnitView;

/** org_unit_group and its members. */
@Repository
public class UnitGroupRepository {

    private static final String SELECT = """
            SELECT g.id, g.code, g.name, (SELECT count(*) FROM org_unit_group_member m WHERE m.group_id = g.id) AS n
              FROM org_unit_group g""";

    private final JdbcClient jdbc;

    UnitGroupRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<UnitGroupView> findAll() {
        return jdbc.sql(SELECT + " ORDER BY g.name")
                .query(UnitGroupRepository::view)
                .list();
    }

    public Map<String, UnitGroupView> findByCodes(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql(SELECT + " WHERE g.code IN (:codes)")
                .param("codes", codes)
                .query(UnitGroupRepository::view)
                .stream()
                .collect(Collectors.toMap(UnitGroupView::code, g -> g));
    }

    /** The groups of each unit; units in no group are absent. */
    public Map<Long, List<UnitGroupView>> groupsOf(Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql("""
                        SELECT gm.unit_id, g.id, g.code, g.name,
                               (SELECT count(*) FROM org_unit_group_member m WHERE m.group_id = g.id) AS n
                          FROM org_unit_group g JOIN org_unit_group_member gm ON gm.group_id = g.id
                         WHERE gm.unit_id IN (:ids) ORDER BY g.name""")
                .param("ids", unitIds)
                .query((rs, row) -> Map.entry(rs.getLong("unit_id"), view(rs, row)))
                .list()
                .stream()
                .collect(Collectors.groupingBy(
                        Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    public List<UnitView> members(String groupCode) {
        return jdbc.sql(
                        "SELECT u.id, u.code, u.name, u.short_name, u.kind, u.level, u.parent_id, u.path, u.valid_from,"
                                + " u.valid_to FROM org_unit u JOIN org_unit_group_member m ON m.unit_id = u.id"
                                + " JOIN org_unit_group g ON g.id = m.group_id WHERE g.code = :code ORDER BY u.sort_order, u.name")
                .param("code", groupCode)
                .query(UnitRepository::view)
                .list();
    }

    /** Creates the group or renames it; returns its id. */
    public long save(String code, String name) {
        return jdbc.sql("""
                INSERT INTO org_unit_group (code, name) VALUES (:code, :name)
                ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name RETURNING id""")
                .param("code", code)
                .param("name", name)
                .query(Long.class)
                .single();
    }

    public void replaceMemberships(long unitId, Collection<Long> groupIds) {
        jdbc.sql("DELETE FROM org_unit_group_member WHERE unit_id = :unit")
                .param("unit", unitId)
                .update();
        for (long groupId : groupIds) {
            addMember(groupId, unitId);
        }
    }

    public void addMember(long groupId, long unitId) {
        jdbc.sql("INSERT INTO org_unit_group_member (group_id, unit_id) VALUES (:group, :unit) ON CONFLICT DO NOTHING")
                .param("group", groupId)
                .param("unit", unitId)
                .update();
    }

    private static UnitGroupView view(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new UnitGroupView(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getInt("n"));
    }
}
