package vn.toancanh.map;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.toancanh.map.internal.MapProperties;
import vn.toancanh.map.internal.PoiEditor;
import vn.toancanh.map.internal.PoiImporter;
import vn.toancanh.map.internal.PoiRepository;
import vn.toancanh.map.internal.PoiRepository.PoiRow;
import vn.toancanh.map.internal.UnitLocator;
import vn.toancanh.organisation.OrganisationService;
import vn.toancanh.organisation.UnitDetailView;
import vn.toancanh.organisation.UnitFilter;
import vn.toancanh.organisation.UnitView;
import vn.toancanh.shared.NotFoundException;
import vn.toancanh.shared.PageQuery;

/** The map façade: unit boundaries, points of interest (read, write, import) and the search over both. */
@Service
@Transactional(readOnly = true)
public class MapService {

    /** More points than one layer of a district holds, fewer than a browser would struggle with. */
    static final int MAX_POINTS = 5000;

    private static final int SEARCH_LIMIT = 10;

    private final OrganisationService organisation;
    private final PoiRepository pois;
    private final PoiEditor editor;
    private final PoiImporter importer;
    private final MapProperties properties;

    MapService(
            OrganisationService organisation,
            PoiRepository pois,
            PoiEditor editor,
            PoiImporter importer,
            MapProperties properties) {
        this.organisation = organisation;
        this.pois = pois;
        this.editor = editor;
        this.importer = importer;
        this.properties = properties;
    }

    /** The base map's tile URL template; empty when the map runs without one (offline). */
    public String tileUrl() {
        return properties.tileUrl();
    }

    public String tileAttribution() {
        return properties.tileAttribution();
    }

    /** The unit the map opens on (its children are drawn). */
    public String homeUnit() {
        return properties.unit();
    }

    /** The open children of {@code parentCode} (the home unit when null) that have a boundary; 404 when unknown. */
    public List<MapUnitView> units(@Nullable String parentCode) {
        String parent = parentCode == null || parentCode.isBlank() ? homeUnit() : parentCode.trim();
        return organisation.childDetails(parent).stream()
                .filter(u -> u.geometry() != null)
                .map(u -> unit(u, parent))
                .toList();
    }

    /** Points of the layers (every layer when empty), searched ignoring diacritics when {@code q} is given. */
    public List<PoiView> pois(Collection<PoiLayer> layers, @Nullable String q) {
        return views(pois.list(List.copyOf(layers), q == null ? "" : q.trim(), MAX_POINTS));
    }

    public PoiView get(long id) {
        return pois.find(id)
                .map(row -> views(List.of(row)).get(0))
                .orElseThrow(() -> NotFoundException.of("điểm bản đồ", String.valueOf(id)));
    }

    /** How many points each layer has. */
    public Map<PoiLayer, Long> counts() {
        return pois.countByLayer();
    }

    /** Units (with a point) and points whose names contain {@code q}, diacritics ignored: "le thien" finds Lê Thiện. */
    public List<MapSearchHit> search(String q) {
        if (q == null || q.isBlank()) {
            return List.of();
        }
        List<MapSearchHit> hits = new ArrayList<>();
        organisation
                .list(new PageQuery(1, SEARCH_LIMIT, q, "", false), new UnitFilter(null, null, null, false))
                .items()
                .stream()
                .filter(UnitDetailView::hasPoint)
                .forEach(u -> hits.add(new MapSearchHit(
                        "UNIT", u.code(), u.name(), null, u.parentName(), u.latitude(), u.longitude())));
        views(pois.list(List.of(), q.trim(), SEARCH_LIMIT))
                .forEach(p -> hits.add(new MapSearchHit(
                        "POI",
                        String.valueOf(p.id()),
                        p.name(),
                        p.layer(),
                        p.unitName(),
                        p.latitude(),
                        p.longitude())));
        return hits;
    }

    @Transactional
    public PoiView create(PoiInput input) {
        return get(editor.create(input, locator()));
    }

    @Transactional
    public PoiView update(long id, PoiInput input) {
        editor.update(id, input, locator());
        return get(id);
    }

    @Transactional
    public void delete(long id) {
        editor.delete(id);
    }

    /**
     * Points from a GeoJSON FeatureCollection, all or nothing.
     *
     * @param layer every point's layer; null to read each feature's {@code layer} property
     * @param replace remove the layer's current points first
     * @param source a file name or {@code API}, for the audit log
     */
    @Transactional
    public PoiImportResult importPois(@Nullable PoiLayer layer, String geoJson, boolean replace, String source) {
        return importer.importCollection(layer, geoJson, replace, source, locator());
    }

    /** The unit drawn on the map (a child of the home unit) whose boundary holds the point, if any. */
    public java.util.Optional<MapUnitView> locate(double latitude, double longitude) {
        return locator().locate(latitude, longitude);
    }

    /** A random point inside a drawn unit's boundary ({lat, lon}), for demo data; empty when it has none. */
    public java.util.Optional<double[]> randomPointIn(String unitCode, java.util.Random random) {
        return locator().pointIn(unitCode, random, 1);
    }

    private UnitLocator locator() {
        return UnitLocator.of(units(null));
    }

    private List<PoiView> views(List<PoiRow> rows) {
        Set<Long> unitIds = new HashSet<>();
        rows.forEach(r -> {
            if (r.unitId() != null) {
                unitIds.add(r.unitId());
            }
        });
        Map<Long, UnitView> units = organisation.findByIds(unitIds);
        return rows.stream()
                .map(r -> {
                    UnitView unit = r.unitId() == null ? null : units.get(r.unitId());
                    return new PoiView(
                            r.id(),
                            r.layer(),
                            r.name(),
                            r.description(),
                            r.latitude(),
                            r.longitude(),
                            unit == null ? null : unit.code(),
                            unit == null ? null : unit.name(),
                            r.address(),
                            r.properties(),
                            r.link(),
                            r.isPublic(),
                            r.updatedAt());
                })
                .toList();
    }

    private static MapUnitView unit(UnitDetailView u, String parent) {
        return new MapUnitView(
                u.code(),
                u.name(),
                u.unit().kind(),
                u.unit().level(),
                parent,
                u.geometry(),
                u.latitude(),
                u.longitude());
    }
}
