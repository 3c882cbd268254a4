package vn.toancanh.organisation.internal;

import java.sql.Types;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.toancanh.organisation.UnitInput;
import vn.toancanh.shared.VietnameseText;

/** org_unit writes. Keeps {@code path}, {@code level} and {@code search_text} consistent with each write. */
@Repository
public class UnitChangeRepository {

    private final JdbcClient jdbc;

    UnitChangeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The id is taken first because the unit's own id ends its path. */
    public long insert(UnitInput input, int level, @Nullable Long parentId, String parentPath) {
        long id = jdbc.sql("SELECT nextval(pg_get_serial_sequence('org_unit', 'id'))")
                .query(Long.class)
                .single();
        jdbc.sql("""
                INSERT INTO org_unit (id, code, name, short_name, name_en, kind, level, parent_id, path, geometry,
                                      latitude, longitude, address, phone, email, website, valid_from, valid_to,
                                      search_text)
                VALUES (:id, :code, :name, :shortName, :nameEn, :kind, :level, :parentId, :path, CAST(:geometry AS jsonb),
                        :latitude, :longitude, :address, :phone, :email, :website, :validFrom, :validTo, :searchText)""")
                .paramSource(new InputParams(input, searchText(input))
                        .addValue("id", id)
                        .addValue("level", level)
                        .addValue("parentId", parentId, Types.BIGINT)
                        .addValue("path", parentPath + id + "/"))
                .update();
        return id;
    }

    /** Everything but the parent (see {@link #moveSubtree}). */
    public void update(long id, UnitInput input) {
        jdbc.sql("""
                UPDATE org_unit SET code = :code, name = :name, short_name = :shortName, name_en = :nameEn,
                       kind = :kind, geometry = CAST(:geometry AS jsonb), latitude = :latitude, longitude = :longitude,
                       address = :address, phone = :phone, email = :email, website = :website,
                       valid_from = :validFrom, valid_to = :validTo, search_text = :searchText, updated_at = now()
                 WHERE id = :id""")
                .paramSource(new InputParams(input, searchText(input)).addValue("id", id))
                .update();
    }

    /**
     * Moves a unit and everything below it in one statement: each path's old prefix is replaced with the new one
     * and each level shifts by the same amount.
     */
    public int moveSubtree(long id, @Nullable Long newParentId, String oldPath, String newPath, int levelShift) {
        return jdbc.sql("""
                UPDATE org_unit
                   SET path = :newPath || substr(path, length(:oldPath) + 1),
                       level = level + :shift,
                       parent_id = CASE WHEN id = :id THEN CAST(:parentId AS bigint) ELSE parent_id END,
                       updated_at = now()
                 WHERE path LIKE :pattern""")
                .param("id", id)
                .param("parentId", newParentId)
                .param("oldPath", oldPath)
                .param("newPath", newPath)
                .param("shift", levelShift)
                .param("pattern", oldPath.replace("_", "\\_") + "%")
                .update();
    }

    /** The boundary and, with it, the unit's point (the boundary's centroid). */
    public void updateGeometry(long id, BoundaryGeometry boundary) {
        jdbc.sql("""
                UPDATE org_unit SET geometry = CAST(:geometry AS jsonb), latitude = :latitude, longitude = :longitude,
                       updated_at = now()
                 WHERE id = :id""")
                .param("geometry", boundary.json())
                .param("latitude", boundary.latitude())
                .param("longitude", boundary.longitude())
                .param("id", id)
                .update();
    }

    public void close(long id, LocalDate validTo) {
        jdbc.sql("UPDATE org_unit SET valid_to = :validTo, updated_at = now() WHERE id = :id")
                .param("id", id)
                .param("validTo", validTo)
                .update();
    }

    /** Open units directly below {@code parentId} on {@code date}: a unit cannot end while they go on. */
    public int openChildren(long parentId, LocalDate date) {
        return jdbc.sql(
                        "SELECT count(*) FROM org_unit WHERE parent_id = :id AND (valid_to IS NULL OR valid_to >= :date)")
                .param("id", parentId)
                .param("date", date)
                .query(Integer.class)
                .single();
    }

    static String searchText(UnitInput input) {
        return VietnameseText.fold(
                input.code() + " " + input.name() + " " + (input.shortName() == null ? "" : input.shortName()));
    }
}
