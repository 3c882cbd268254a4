package vn.toancanh.catalog.internal;

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
import vn.toancanh.catalog.DataGroupView;
import vn.toancanh.catalog.OptionComboView;
import vn.toancanh.catalog.SharingLevel;
import vn.toancanh.shared.PeriodType;

/** Reads of data groups and category option combos that other modules need. */
@Repository
public class GroupAndComboRepository {

    static final String GROUP_SELECT = """
            SELECT g.id, g.code, g.name, g.name_en, s.code AS sector_code, d.code AS domain_code, g.owner_unit_id,
                   g.period_type, g.sharing
            FROM data_group g JOIN data_sector s ON s.id = g.sector_id JOIN data_domain d ON d.id = s.domain_id
            """;
    static final String COMBO_SELECT = "SELECT id, combo_id, code, name, name_en FROM category_option_combo";

    private final JdbcClient jdbc;

    GroupAndComboRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<DataGroupView> findGroupByCode(String code) {
        return jdbc.sql(GROUP_SELECT + " WHERE g.code = :code")
                .param("code", code)
                .query(GroupAndComboRepository::group)
                .optional();
    }

    public List<DataGroupView> allGroups() {
        return jdbc.sql(GROUP_SELECT + " ORDER BY d.sort_order, s.sort_order, g.sort_order, g.code")
                .query(GroupAndComboRepository::group)
                .list();
    }

    public List<OptionComboView> optionCombosOf(long comboId) {
        return jdbc.sql(COMBO_SELECT + " WHERE combo_id = :combo ORDER BY id")
                .param("combo", comboId)
                .query(GroupAndComboRepository::optionCombo)
                .list();
    }

    public Map<String, OptionComboView> optionCombosByCodes(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql(COMBO_SELECT + " WHERE code IN (:codes)")
                .param("codes", codes)
                .query(GroupAndComboRepository::optionCombo)
                .stream()
                .collect(Collectors.toMap(OptionComboView::code, Function.identity()));
    }

    public Map<Long, OptionComboView> optionCombosByIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql(COMBO_SELECT + " WHERE id IN (:ids)")
                .param("ids", ids)
                .query(GroupAndComboRepository::optionCombo)
                .stream()
                .collect(Collectors.toMap(OptionComboView::id, Function.identity()));
    }

    static DataGroupView group(ResultSet rs, int row) throws SQLException {
        long owner = rs.getLong("owner_unit_id");
        Long ownerUnitId = rs.wasNull() ? null : owner;
        return new DataGroupView(
                rs.getLong("id"),
                rs.getString("code"),
                rs.getString("name"),
                rs.getString("name_en"),
                rs.getString("sector_code"),
                rs.getString("domain_code"),
                ownerUnitId,
                PeriodType.valueOf(rs.getString("period_type")),
                SharingLevel.valueOf(rs.getString("sharing")));
    }

    static OptionComboView optionCombo(ResultSet rs, int row) throws SQLException {
        return new OptionComboView(
                rs.getLong("id"),
                rs.getLong("combo_id"),
                rs.getString("code"),
                rs.getString("name"),
                rs.getString("name_en"));
    }
}
