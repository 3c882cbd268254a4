package vn.toancanh.feedback.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.toancanh.feedback.CategoryView.AttributeView;
import vn.toancanh.feedback.CategoryView.ListValue;

/** Feedback categories and their extra questions. */
@Repository
public class CategoryRepository {

    /** A category as stored; names of units are added by the service. */
    public record Stored(
            long id,
            String code,
            String name,
            @Nullable String description,
            @Nullable String group,
            @Nullable String keywords,
            int slaHours,
            @Nullable Long defaultUnitId,
            boolean active,
            int sortOrder) {}

    private static final String COLUMNS =
            "id, code, name, description, group_name, keywords, sla_hours, default_unit_id, active, sort_order";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    CategoryRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public List<Stored> list(boolean activeOnly) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM feedback_category" + (activeOnly ? " WHERE active" : "")
                        + " ORDER BY sort_order, name")
                .query(CategoryRepository::map)
                .list();
    }

    public Optional<Stored> findByCode(String code) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM feedback_category WHERE code = :c")
                .param("c", code)
                .query(CategoryRepository::map)
                .optional();
    }

    /** The place after the last category, so a new one is listed last. */
    public int nextSortOrder() {
        return jdbc.sql("SELECT COALESCE(max(sort_order), -1) + 1 FROM feedback_category")
                .query(Integer.class)
                .single();
    }

    /** The attributes of each category, in their order. */
    public Map<Long, List<AttributeView>> attributes() {
        Map<Long, List<AttributeView>> out = new HashMap<>();
        jdbc.sql("""
                        SELECT category_id, code, datatype, required, description, position, value_list::text
                        FROM feedback_category_attribute ORDER BY category_id, position""")
                .query((rs, n) -> {
                    out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new AttributeView(
                                    rs.getString(2),
                                    rs.getString(3),
                                    rs.getBoolean(4),
                                    rs.getString(5),
                                    rs.getInt(6),
                                    json.readValue(rs.getString(7), new TypeReference<List<ListValue>>() {})));
                    return null;
                })
                .list();
        return out;
    }

    /** Creates the category, or updates it and replaces its attributes when the code exists. */
    public long save(Stored c, List<AttributeView> attributes) {
        long id = jdbc.sql("""
                        INSERT INTO feedback_category (code, name, description, group_name, keywords, sla_hours,
                                                       default_unit_id, active, sort_order)
                        VALUES (:code, :name, :d, :g, :k, :sla, :unit, :active, :sort)
                        ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, description = EXCLUDED.description,
                            group_name = EXCLUDED.group_name, keywords = EXCLUDED.keywords,
                            sla_hours = EXCLUDED.sla_hours, default_unit_id = EXCLUDED.default_unit_id,
                            active = EXCLUDED.active, sort_order = EXCLUDED.sort_order, updated_at = now()
                        RETURNING id""")
                .param("code", c.code())
                .param("name", c.name())
                .param("d", c.description())
                .param("g", c.group())
                .param("k", c.keywords())
                .param("sla", c.slaHours())
                .param("unit", c.defaultUnitId())
                .param("active", c.active())
                .param("sort", c.sortOrder())
                .query(Long.class)
                .single();
        jdbc.sql("DELETE FROM feedback_category_attribute WHERE category_id = :id")
                .param("id", id)
                .update();
        for (AttributeView a : attributes) {
            jdbc.sql("""
                            INSERT INTO feedback_category_attribute (category_id, code, datatype, required,
                                                                     description, position, value_list)
                            VALUES (:id, :code, :t, :r, :d, :p, CAST(:v AS jsonb))""")
                    .param("id", id)
                    .param("code", a.code())
                    .param("t", a.datatype())
                    .param("r", a.required())
                    .param("d", a.description())
                    .param("p", a.order())
                    .param("v", json.writeValueAsString(a.values()))
                    .update();
        }
        return id;
    }

    private static Stored map(ResultSet rs, int n) throws SQLException {
        // read here: wasNull() answers for the column read last
        Long unit = rs.getObject(8, Long.class);
        return new Stored(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getInt(7),
                unit,
                rs.getBoolean(9),
                rs.getInt(10));
    }
}
