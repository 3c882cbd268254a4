package vn.toancanh.map.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import vn.toancanh.map.MapUnitView;

/** Finds the unit whose boundary contains a point (even-odd rule, holes respected). */
public final class UnitLocator {

    private record Area(MapUnitView unit, List<List<double[][]>> polygons) {}

    private final List<Area> areas;

    private UnitLocator(List<Area> areas) {
        this.areas = areas;
    }

    /** Units without a usable boundary are skipped. */
    public static UnitLocator of(List<MapUnitView> units) {
        List<Area> areas = new ArrayList<>();
        for (MapUnitView unit : units) {
            if (unit.geometry() != null) {
                List<List<double[][]>> polygons = polygons(PoiRepository.JSON.readTree(unit.geometry()));
                if (!polygons.isEmpty()) {
                    areas.add(new Area(unit, polygons));
                }
            }
        }
        return new UnitLocator(areas);
    }

    public Optional<MapUnitView> locate(double latitude, double longitude) {
        for (Area area : areas) {
            for (List<double[][]> polygon : area.polygons()) {
                if (inside(polygon, longitude, latitude)) {
                    return Optional.of(area.unit());
                }
            }
        }
        return Optional.empty();
    }

    /** The located unit with this code, when it has a boundary. */
    public Optional<MapUnitView> unit(String code) {
        return areas.stream().map(Area::unit).filter(u -> u.code().equals(code)).findFirst();
    }

    /**
     * A point drawn uniformly inside the unit's boundary, as {latitude, longitude}; {@code bias} > 0 keeps the
     * northernmost of that many draws, < 0 the southernmost (a station on the river that bounds it). Empty when the
     * unit has no boundary.
     */
    public Optional<double[]> pointIn(String code, java.util.Random random, int bias) {
        Optional<Area> area =
                areas.stream().filter(a -> a.unit().code().equals(code)).findFirst();
        if (area.isEmpty()) {
            return Optional.empty();
        }
        double[] box = box(area.get());
        double[] best = null;
        for (int draw = 0, found = 0; draw < 2000 && found < Math.max(1, Math.abs(bias)); draw++) {
            double lat = box[0] + random.nextDouble() * (box[1] - box[0]);
            double lon = box[2] + random.nextDouble() * (box[3] - box[2]);
            if (area.get().polygons().stream().anyMatch(p -> inside(p, lon, lat))) {
                found++;
                if (best == null || (bias > 0 && lat > best[0]) || (bias < 0 && lat < best[0])) {
                    best = new double[] {lat, lon};
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static double[] box(Area area) {
        double[] box = {90, -90, 180, -180};
        for (List<double[][]> polygon : area.polygons()) {
            for (double[] p : polygon.get(0)) {
                box[0] = Math.min(box[0], p[1]);
                box[1] = Math.max(box[1], p[1]);
                box[2] = Math.min(box[2], p[0]);
                box[3] = Math.max(box[3], p[0]);
            }
        }
        return box;
    }

    static boolean inside(List<double[][]> polygon, double x, double y) {
        boolean in = false;
        for (double[][] ring : polygon) {
            for (int i = 0, j = ring.length - 1; i < ring.length; j = i++) {
                if ((ring[i][1] > y) != (ring[j][1] > y)
                        && x < (ring[j][0] - ring[i][0]) * (y - ring[i][1]) / (ring[j][1] - ring[i][1]) + ring[i][0]) {
                    in = !in;
                }
            }
        }
        return in;
    }

    private static List<List<double[][]>> polygons(JsonNode geometry) {
        JsonNode coordinates = geometry.path("coordinates");
        return switch (geometry.path("type").asString("")) {
            case "Polygon" -> List.of(rings(coordinates));
            case "MultiPolygon" -> {
                List<List<double[][]>> all = new ArrayList<>();
                coordinates.forEach(p -> all.add(rings(p)));
                yield all;
            }
            default -> List.of();
        };
    }

    private static List<double[][]> rings(JsonNode polygon) {
        List<double[][]> rings = new ArrayList<>();
        for (JsonNode ring : polygon) {
            double[][] positions = new double[ring.size()][];
            for (int i = 0; i < ring.size(); i++) {
                positions[i] = new double[] {
                    ring.get(i).get(0).asDouble(), ring.get(i).get(1).asDouble()
                };
            }
            rings.add(positions);
        }
        return rings;
    }
}
