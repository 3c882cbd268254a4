package vn.toancanh.map.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.toancanh.map.internal.DemoDistrictGrid.Position;
import vn.toancanh.organisation.OrganisationService;
import vn.toancanh.organisation.UnitDetailView;
import vn.toancanh.organisation.UnitKind;
import vn.toancanh.shared.DemoDataSize;
import vn.toancanh.shared.DemoDataStep;

/**
 * Schematic boundaries for the demo district An Dương (20.85–20.92 N, 106.56–106.68 E): its 16 communes and town as
 * adjacent cells of {@link DemoDistrictGrid}, laid out roughly as they lie (the Cấm river communes in the north, the
 * Lạch Tray ones in the south), and the district as their outline. Each unit's point becomes its cell's centroid.
 */
@Component
class MapDemoBoundaries implements DemoDataStep {

    static final String DISTRICT = "312";
    static final double SOUTH = 20.85;
    static final double NORTH = 20.92;
    static final double WEST = 106.56;
    static final double EAST = 106.68;

    /** North-west to south-east, row by row. */
    static final List<String> LAYOUT = List.of(
            "11584", "11587", "11599", "11602", // Lê Thiện, Đại Bản, An Hưng, An Hồng
            "11590", "11593", "11596", "11605", // An Hoà, Hồng Phong, Tân Tiến, Bắc Sơn
            "11620", "11611", "11608", "11623", // Quốc Tuấn, Lê Lợi, Nam Sơn, An Đồng
            "11626", "11617", "11581", "11614"); // Hồng Thái, Đồng Thái, TT An Dương, Đặng Cương

    private static final Logger log = LoggerFactory.getLogger(MapDemoBoundaries.class);
    private static final Set<UnitKind> LOCAL = Set.of(UnitKind.COMMUNE, UnitKind.WARD, UnitKind.TOWNSHIP);

    private final OrganisationService organisation;

    MapDemoBoundaries(OrganisationService organisation) {
        this.organisation = organisation;
    }

    @Override
    public int order() {
        return 150;
    }

    @Override
    public String name() {
        return "map-boundaries";
    }

    @Override
    public void load(DemoDataSize size, long seed) {
        if (organisation.findByCode(DISTRICT).isEmpty()) {
            log.warn("Demo district {} is missing: no demo boundaries", DISTRICT);
            return;
        }
        List<UnitDetailView> communes = ordered(organisation.childDetails(DISTRICT).stream()
                .filter(u -> LOCAL.contains(u.unit().kind()))
                .toList());
        DemoDistrictGrid grid = grid(communes.size(), seed);
        List<Map<String, Object>> features = new ArrayList<>();
        for (int i = 0; i < communes.size() && i < grid.cells(); i++) {
            features.add(feature(communes.get(i).code(), grid.cell(i)));
        }
        features.add(feature(DISTRICT, grid.outline()));
        String collection =
                PoiRepository.JSON.writeValueAsString(Map.of("type", "FeatureCollection", "features", features));
        var result = organisation.importGeometry(collection, "dữ liệu mẫu");
        if (!result.ok()) {
            throw new IllegalStateException("Demo boundaries rejected: " + result.problems());
        }
    }

    static DemoDistrictGrid grid(int units, long seed) {
        int cols = 4;
        int rows = Math.max(1, (units + cols - 1) / cols);
        return new DemoDistrictGrid(rows, cols, SOUTH, NORTH, WEST, EAST, seed);
    }

    /** The known layout first, any other unit after it by code. */
    static List<UnitDetailView> ordered(List<UnitDetailView> communes) {
        Map<String, UnitDetailView> byCode =
                communes.stream().collect(Collectors.toMap(UnitDetailView::code, Function.identity()));
        List<UnitDetailView> ordered = new ArrayList<>();
        LAYOUT.stream().filter(byCode::containsKey).forEach(c -> ordered.add(byCode.get(c)));
        communes.stream()
                .filter(u -> !LAYOUT.contains(u.code()))
                .sorted(Comparator.comparing(UnitDetailView::code))
                .forEach(ordered::add);
        return ordered;
    }

    private static Map<String, Object> feature(String code, List<Position> ring) {
        List<List<Double>> coordinates =
                ring.stream().map(p -> List.of(round(p.lon()), round(p.lat()))).toList();
        return Map.of(
                "type", "Feature",
                "properties", Map.of("code", code),
                "geometry", Map.of("type", "Polygon", "coordinates", List.of(coordinates)));
    }

    static double round(double degrees) {
        return Math.round(degrees * 1e6) / 1e6;
    }
}
