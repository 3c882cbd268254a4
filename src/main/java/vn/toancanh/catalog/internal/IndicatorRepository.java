package vn.toancanh.catalog.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.toancanh.catalog.IndicatorView;
import vn.toancanh.catalog.SharingLevel;
import vn.toancanh.shared.PageQuery;
import vn.toancanh.shared.PageResult;
import vn.toancanh.shared.VietnameseText;

/** The indicator table: reads by code, the searchable list, and one upsert for forms, the API and the demo. */
@Repository
public class IndicatorRepository {

    private static final String SELECT = """
            SELECT n.id, n.code, n.name, n.name_en, n.description, n.expression, n.unit_of_measure, n.decimals,
                   s.code AS sector_code, n.sharing, n.active
            FROM indicator n LEFT JOIN data_sector s ON s.id = n.sector_id LEFT JOIN data_domain d ON d.id = s.domain_id
            """;
    private static final String CATALOG_ORDER =
            "d.sort_order NULLS LAST, s.sort_order NULLS LAST, n.sort_order, n.code";
    /** The only sort keys a client may ask for, each mapped to fixed SQL. */
    private static final Map<String, String> SORTS = Map.of(
            "code", "n.code",
            "name", "n.name",
            "sector", "s.code",
            "unit", "n.unit_of_measure",
            "sharing", "n.sharing",
            "updated", "n.updated_at");

    private final JdbcClient jdbc;

    IndicatorRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<IndicatorView> active() {
        return jdbc.sql(SELECT + " WHERE n.active ORDER BY " + CATALOG_ORDER)
                .query(IndicatorRepository::view)
                .list();
    }

    public Optional<IndicatorView> findByCode(String code) {
        return jdbc.sql(SELECT + " WHERE n.code = :code")
                .param("code", code)
                .query(IndicatorRepository::view)
                .optional();
    }

    public Map<String, IndicatorView> findByCodes(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql(SELECT + " WHERE n.code IN (:codes)")
                .param("codes", codes)
                .query(IndicatorRepository::view)
                .stream()
                .collect(Collectors.toMap(IndicatorView::code, Function.identity()));
    }

    /** Which of these codes are indicator codes. */
    public Set<String> existingCodes(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("SELECT code FROM indicator WHERE code IN (:codes)")
                .param("codes", codes)
                .query(String.class)
                .list());
    }

    /** Indicators whose code, names or formula contain every word of the folded search, one page. */
    public PageResult<IndicatorView> page(PageQuery query, String search) {
        Map<String, Object> params = new HashMap<>();
        List<String> conditions = new ArrayList<>();
        for (String word : VietnameseText.fold(search).split(" ")) {
            if (!word.isEmpty()) {
                conditions.add("n.search_text LIKE :q" + conditions.size());
                params.put("q" + (conditions.size() - 1), VietnameseText.containsPattern(word));
            }
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        long total = jdbc.sql("SELECT count(*) FROM indicator n" + where)
                .params(params)
                .query(Long.class)
                .single();
        String column = SORTS.get(query.sort());
        String order = column == null ? CATALOG_ORDER : column + (query.descending() ? " DESC" : " ASC") + ", n.code";
        List<IndicatorView> rows = jdbc.sql(SELECT + where + " ORDER BY " + order + " LIMIT :limit OFFSET :offset")
                .params(params)
                .param("limit", query.pageSize())
                .param("offset", query.offset())
                .query(IndicatorRepository::view)
                .list();
        return new PageResult<>(rows, query.page(), query.pageSize(), total);
    }

    /** Inserts or updates by code; an update keeps the indicator's place and creation time. */
    public void upsert(IndicatorView indicator, @Nullable Long sectorId) {
        jdbc.sql("""
                INSERT INTO indicator (code, name, name_en, description, expression, unit_of_measure, decimals,
                                       sector_id, sharing, active, sort_order, search_text)
                VALUES (:code, :name, :nameEn, :description, :expression, :unit, :decimals, :sector, :sharing,
                        :active, (SELECT coalesce(max(sort_order), 0) + 1 FROM indicator), :search)
                ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, name_en = EXCLUDED.name_en,
                    description = EXCLUDED.description, expression = EXCLUDED.expression,
                    unit_of_measure = EXCLUDED.unit_of_measure, decimals = EXCLUDED.decimals,
                    sector_id = EXCLUDED.sector_id, sharing = EXCLUDED.sharing, active = EXCLUDED.active,
                    search_text = EXCLUDED.search_text, updated_at = now()""")
                .param("code", indicator.code())
                .param("name", indicator.name())
                .param("nameEn", indicator.nameEn())
                .param("description", indicator.description())
                .param("expression", indicator.expression())
                .param("unit", indicator.unitOfMeasure())
                .param("decimals", indicator.decimals())
                .param("sector", sectorId)
                .param("sharing", indicator.sharing().name())
                .param("active", indicator.active())
                .param("search", searchText(indicator))
                .update();
    }

    /** Code, both names and the formula, so searching an item code finds the indicators that use it. */
    static String searchText(IndicatorView i) {
        return VietnameseText.fold(
                String.join(" ", i.code(), i.name(), i.nameEn() == null ? "" : i.nameEn(), i.expression()));
    }

    static IndicatorView view(ResultSet rs, int row) throws SQLException {
        return new IndicatorView(
                rs.getLong("id"),
                rs.getString("code"),
                rs.getString("name"),
                rs.getString("name_en"),
                rs.getString("description"),
                rs.getString("expression"),
                rs.getString("unit_of_measure"),
                rs.getInt("decimals"),
                rs.getString("sector_code"),
                SharingLevel.valueOf(rs.getString("sharing")),
                rs.getBoolean("active"));
    }
}
