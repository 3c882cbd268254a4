package vn.toancanh.portal.internal;

import java.util.List;
import java.util.Optional;
import vn.toancanh.map.PoiLayer;

/**
 * The thematic lookups: which catalog sectors' public groups give a topic its figures, and which map layers its places.
 */
public enum Topic {
    EDUCATION("education", List.of("XH-GDDT"), List.of(PoiLayer.SCHOOL)),
    AGRICULTURE("agriculture", List.of("KT-NN"), List.of()),
    LAND("land", List.of("KT-TNMT", "KT-DADT"), List.of(PoiLayer.PROJECT)),
    HEALTH("health", List.of("XH-YT"), List.of(PoiLayer.HEALTH_STATION));

    private final String slug;
    private final List<String> sectors;
    private final List<PoiLayer> layers;

    Topic(String slug, List<String> sectors, List<PoiLayer> layers) {
        this.slug = slug;
        this.sectors = sectors;
        this.layers = layers;
    }

    public static Optional<Topic> bySlug(String slug) {
        for (Topic t : values()) {
            if (t.slug.equals(slug)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    public String slug() {
        return slug;
    }

    public List<String> sectors() {
        return sectors;
    }

    public List<PoiLayer> layers() {
        return layers;
    }
}
