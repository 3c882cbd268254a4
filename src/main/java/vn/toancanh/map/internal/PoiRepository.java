package vn.toancanh.map.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.toancanh.map.PoiLayer;
import vn.toancanh.shared.VietnameseText;

/** map_poi reads and writes. The unit is stored by id; callers resolve codes and names through organisation. */
@Repository
public class PoiRepository {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, Object>> OBJECT = new TypeReference<>() {};
    private static final String COLUMNS =
            "id, layer, name, description, latitude, longitude, unit_id, address, properties::text AS properties,"
                    + " link, public, updated_at";

    /** A stored point; {@code unitId} refers to org_unit. */
    public record PoiRow(
            long id,
            PoiLayer layer,
            String name,
            @Nullable String description,
            double latitude,
            double longitude,
            @Nullable Long unitId,
            @Nullable String address,
            Map<String, Object> properties,
            @Nullable String link,
            boolean isPublic,
            java.time.Instant updatedAt) {}

    /** A point ready to be written, its unit already resolved. */
    public record PoiWrite(
            PoiLayer layer,
            String name,
            @Nullable String description,
            double latitude,
            double longitude,
            @Nullable Long unitId,
            @Nullable String address,
            Map<String, Object> properties,
            @Nullable String link,
            boolean isPublic) {}

    private final JdbcClient jdbc;

    PoiRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<PoiRow> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM map_poi WHERE id = :id")
                .param("id", id)
                .query(PoiRepository::row)
                .optional();
    }

    /** Points of the layers (all when empty) whose folded text contains {@code search} (any when blank). */
    public List<PoiRow> list(List<PoiLayer> layers, String search, int limit) {
        List<String> clauses = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        if (!layers.isEmpty()) {
            clauses.add("layer IN (:layers)");
            params.put("layers", layers.stream().map(Enum::name).toList());
        }
        if (!search.isBlank()) {
            clauses.add("search_text LIKE :pattern ESCAPE '\\'");
            params.put("pattern", VietnameseText.containsPattern(search));
        }
        String where = clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
        return jdbc.sql("SELECT " + COLUMNS + " FROM map_poi" + where + " ORDER BY layer, name, id LIMIT :limit")
                .params(params)
                .param("limit", limit)
                .query(PoiRepository::row)
                .list();
    }

    public long insert(PoiWrite poi) {
        return jdbc.sql("""
                INSERT INTO map_poi (layer, name, description, latitude, longitude, unit_id, address, properties, link,
                                     public, search_text)
                VALUES (:layer, :name, :description, :latitude, :longitude, :unitId, :address, CAST(:properties AS jsonb),
                        :link, :public, :searchText)
                RETURNING id""").params(params(poi)).query(Long.class).single();
    }

    public void update(long id, PoiWrite poi) {
        jdbc.sql("""
                UPDATE map_poi SET layer = :layer, name = :name, description = :description, latitude = :latitude,
                       longitude = :longitude, unit_id = :unitId, address = :address,
                       properties = CAST(:properties AS jsonb), link = :link, public = :public,
                       search_text = :searchText, updated_at = now()
                 WHERE id = :id""").params(params(poi)).param("id", id).update();
    }

    public boolean delete(long id) {
        return jdbc.sql("DELETE FROM map_poi WHERE id = :id").param("id", id).update() > 0;
    }

    public int deleteLayer(PoiLayer layer) {
        return jdbc.sql("DELETE FROM map_poi WHERE layer = :layer")
                .param("layer", layer.name())
                .update();
    }

    public Map<PoiLayer, Long> countByLayer() {
        Map<PoiLayer, Long> counts = new LinkedHashMap<>();
        jdbc.sql("SELECT layer, count(*) AS n FROM map_poi GROUP BY layer ORDER BY layer")
                .query((rs, n) -> counts.put(PoiLayer.valueOf(rs.getString("layer")), rs.getLong("n")))
                .list();
        return counts;
    }

    private static Map<String, Object> params(PoiWrite poi) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("layer", poi.layer().name());
        p.put("name", poi.name());
        p.put("description", poi.description());
        p.put("latitude", poi.latitude());
        p.put("longitude", poi.longitude());
        p.put("unitId", poi.unitId());
        p.put("address", poi.address());
        p.put("properties", JSON.writeValueAsString(poi.properties()));
        p.put("link", poi.link());
        p.put("public", poi.isPublic());
        p.put(
                "searchText",
                VietnameseText.fold(String.join(
                        " ",
                        poi.name(),
                        poi.address() == null ? "" : poi.address(),
                        poi.description() == null ? "" : poi.description())));
        return p;
    }

    static PoiRow row(ResultSet rs, int n) throws SQLException {
        long unit = rs.getLong("unit_id");
        Long unitId = rs.wasNull() ? null : unit;
        Timestamp updated = rs.getTimestamp("updated_at");
        return new PoiRow(
                rs.getLong("id"),
                PoiLayer.valueOf(rs.getString("layer")),
                rs.getString("name"),
                rs.getString("description"),
                rs.getDouble("latitude"),
                rs.getDouble("longitude"),
                unitId,
                rs.getString("address"),
                JSON.readValue(rs.getString("properties"), OBJECT),
                rs.getString("link"),
                rs.getBoolean("public"),
                updated.toInstant());
    }
}
