package vn.toancanh.organisation.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.toancanh.organisation.UnitDetailView;
import vn.toancanh.organisation.UnitFilter;
import vn.toancanh.organisation.UnitView;
import vn.toancanh.shared.PageQuery;
import vn.toancanh.shared.PageResult;
import vn.toancanh.shared.VietnameseText;

/** Searching and listing units: the flat, paged list and whole-hierarchy reads for trees and exports. */
@Repository
public class UnitSearchRepository {

    private static final String VIETNAMESE_LETTERS =
            "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ";

    /**
     * Names in Vietnamese reading order without depending on the database's collation (the embedded and many hosted
     * PostgreSQL use C, which puts Đồng Thái after Tân Tiến): the name folded as {@link VietnameseText} does.
     */
    static final String NAME_KEY = "translate(lower(u.name), '" + VIETNAMESE_LETTERS
            + VIETNAMESE_LETTERS.toUpperCase(Locale.ROOT) + "', '"
            + VietnameseText.fold(VIETNAMESE_LETTERS).repeat(2)
            + "')";

    /** Sort keys a client may send, mapped to fixed SQL; anything else sorts by the hierarchy. */
    private static final Map<String, String> SORTS = Map.of(
            "code", "u.code",
            "name", NAME_KEY,
            "kind", "u.kind",
            "level", "u.level",
            "parent", "p.name",
            "validFrom", "u.valid_from",
            "validTo", "u.valid_to");

    private static final String DEFAULT_ORDER = "u.level, u.sort_order, " + NAME_KEY + ", u.name";

    private final JdbcClient jdbc;

    UnitSearchRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public PageResult<UnitDetailView> page(PageQuery query, UnitFilter filter, LocalDate today) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(query.search(), filter, today, params);
        long total = jdbc.sql("SELECT count(*) FROM org_unit u LEFT JOIN org_unit p ON p.id = u.parent_id" + where)
                .params(params)
                .query(Long.class)
                .single();
        String column = SORTS.get(query.sort());
        String order = column == null
                ? DEFAULT_ORDER
                : column + direction(query) + (column.equals(NAME_KEY) ? ", u.name" : "") + ", u.code";
        List<UnitDetailView> items = jdbc.sql(
                        UnitRepository.DETAIL_SELECT + where + " ORDER BY " + order + " LIMIT :limit OFFSET :offset")
                .params(params)
                .param("limit", query.pageSize())
                .param("offset", query.offset())
                .query(UnitRepository::detail)
                .list();
        return new PageResult<>(items, query.page(), query.pageSize(), total);
    }

    /** Every unit (open ones only unless asked), in tree order: by level, then sort order and name. */
    public List<UnitView> all(boolean includeClosed, LocalDate today) {
        return jdbc.sql("SELECT " + UnitRepository.VIEW_COLUMNS.replaceAll("(\\w+)", "u.$1") + " FROM org_unit u"
                        + (includeClosed ? "" : " WHERE " + OPEN) + " ORDER BY " + DEFAULT_ORDER)
                .param("today", today)
                .query(UnitRepository::view)
                .list();
    }

    /** Every unit with its details, for exports. */
    public List<UnitDetailView> allDetails() {
        return jdbc.sql(UnitRepository.DETAIL_SELECT + " ORDER BY u.path")
                .query(UnitRepository::detail)
                .list();
    }

    private static String direction(PageQuery query) {
        return query.descending() ? " DESC NULLS LAST" : " ASC NULLS LAST";
    }

    private static final String OPEN = "(u.valid_to IS NULL OR u.valid_to >= :today)";

    private static String where(String search, UnitFilter filter, LocalDate today, Map<String, Object> params) {
        List<String> clauses = new ArrayList<>();
        if (!search.isEmpty()) {
            clauses.add("u.search_text LIKE :pattern ESCAPE '\\'");
            params.put("pattern", VietnameseText.containsPattern(search));
        }
        if (filter.kind() != null) {
            clauses.add("u.kind = :kind");
            params.put("kind", filter.kind().name());
        }
        if (filter.parentCode() != null) {
            clauses.add("p.code = :parentCode");
            params.put("parentCode", filter.parentCode());
        }
        if (filter.level() != null) {
            clauses.add("u.level = :level");
            params.put("level", filter.level());
        }
        if (!filter.includeClosed()) {
            clauses.add(OPEN);
            params.put("today", today);
        }
        return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
    }
}
