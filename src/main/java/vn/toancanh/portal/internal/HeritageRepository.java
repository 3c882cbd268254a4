package vn.toancanh.portal.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** portal_heritage_site and portal_heritage_photo. */
@Repository
class HeritageRepository {

    /** What the portal adds to a heritage point. */
    record Info(
            long poiId,
            @Nullable String summary,
            @Nullable String openingHours,
            @Nullable String festivalName,
            @Nullable String festivalDates) {}

    private final JdbcClient jdbc;

    HeritageRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<Long, Info> infos() {
        return jdbc
                .sql("SELECT poi_id, summary, opening_hours, festival_name, festival_dates FROM portal_heritage_site")
                .query(Info.class)
                .list()
                .stream()
                .collect(Collectors.toMap(Info::poiId, i -> i));
    }

    Optional<Info> info(long poiId) {
        return jdbc.sql("""
                SELECT poi_id, summary, opening_hours, festival_name, festival_dates
                FROM portal_heritage_site WHERE poi_id = :id""").param("id", poiId).query(Info.class).optional();
    }

    void save(Info info, String by) {
        jdbc.sql("""
                INSERT INTO portal_heritage_site (poi_id, summary, opening_hours, festival_name, festival_dates, updated_by)
                VALUES (:id, :summary, :hours, :festival, :dates, :by)
                ON CONFLICT (poi_id) DO UPDATE SET summary = EXCLUDED.summary, opening_hours = EXCLUDED.opening_hours,
                  festival_name = EXCLUDED.festival_name, festival_dates = EXCLUDED.festival_dates,
                  updated_by = EXCLUDED.updated_by, updated_at = now()""")
                .param("id", info.poiId())
                .param("summary", info.summary())
                .param("hours", info.openingHours())
                .param("festival", info.festivalName())
                .param("dates", info.festivalDates())
                .param("by", by)
                .update();
    }

    Map<Long, List<HeritageSite.Photo>> photosByPoi() {
        return jdbc
                .sql("""
                SELECT poi_id, id, caption, width, height FROM portal_heritage_photo ORDER BY poi_id, sort_order, id""")
                .query((rs, n) -> Map.entry(
                        rs.getLong("poi_id"),
                        new HeritageSite.Photo(
                                rs.getLong("id"), rs.getString("caption"), rs.getInt("width"), rs.getInt("height"))))
                .list()
                .stream()
                .collect(Collectors.groupingBy(
                        Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    long addPhoto(long poiId, String caption, EncodedImage image, String by) {
        return jdbc.sql("""
                INSERT INTO portal_heritage_photo (poi_id, caption, media_type, width, height, content, sort_order,
                                                   created_by)
                VALUES (:poi, :caption, :type, :w, :h, :content,
                        (SELECT coalesce(max(sort_order), 0) + 1 FROM portal_heritage_photo WHERE poi_id = :poi), :by)
                RETURNING id""")
                .param("poi", poiId)
                .param("caption", caption)
                .param("type", image.mediaType())
                .param("w", image.width())
                .param("h", image.height())
                .param("content", image.content())
                .param("by", by)
                .query(Long.class)
                .single();
    }

    Optional<PhotoFile> photo(long id) {
        return jdbc.sql("SELECT poi_id, media_type, content FROM portal_heritage_photo WHERE id = :id")
                .param("id", id)
                .query((rs, n) ->
                        new PhotoFile(rs.getLong("poi_id"), rs.getString("media_type"), rs.getBytes("content")))
                .optional();
    }

    /** The photo's site, when it was deleted. */
    Optional<Long> deletePhoto(long id) {
        return jdbc.sql("DELETE FROM portal_heritage_photo WHERE id = :id RETURNING poi_id")
                .param("id", id)
                .query(Long.class)
                .optional();
    }

    boolean hasAnyPhoto() {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM portal_heritage_photo)")
                .query(Boolean.class)
                .single();
    }
}
