package vn.toancanh.portal.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.toancanh.map.PoiView;

/**
 * A heritage site or festival place as visitors see it: the map's public point with the portal's description, opening
 * times, festival and photos.
 *
 * @param rank its heritage ranking (national, city, not ranked), from the point's attributes
 */
public record HeritageSite(
        long id,
        String name,
        @Nullable String summary,
        @Nullable String unitName,
        @Nullable String address,
        double latitude,
        double longitude,
        @Nullable String rank,
        @Nullable String openingHours,
        @Nullable String festivalName,
        @Nullable String festivalDates,
        List<Photo> photos) {

    /** A stored photo; its bytes are served by id. */
    public record Photo(long id, String caption, int width, int height) {}

    static HeritageSite of(PoiView poi, HeritageRepository.@Nullable Info info, List<Photo> photos) {
        Object rank = poi.properties().get("Xếp hạng");
        return new HeritageSite(
                poi.id(),
                poi.name(),
                info != null && info.summary() != null ? info.summary() : poi.description(),
                poi.unitName(),
                poi.address(),
                poi.latitude(),
                poi.longitude(),
                rank == null ? null : rank.toString(),
                info == null ? null : info.openingHours(),
                info == null ? null : info.festivalName(),
                info == null ? null : info.festivalDates(),
                photos);
    }

    /** Google Maps directions to the site from wherever the visitor is. */
    public String googleDirections() {
        return "https://www.google.com/maps/dir/?api=1&destination=" + latitude + "," + longitude;
    }

    /** OpenStreetMap directions, for those without Google. */
    public String osmDirections() {
        return "https://www.openstreetmap.org/directions?to=" + latitude + "%2C" + longitude + "#map=16/" + latitude
                + "/" + longitude;
    }
}
