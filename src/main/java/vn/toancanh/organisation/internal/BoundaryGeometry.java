package vn.toancanh.organisation.internal;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A unit's boundary: a GeoJSON Polygon or MultiPolygon, checked (positions are [longitude, latitude] in range, rings
 * closed with at least four positions) and kept as compact text, with its area-weighted centroid for the unit's point.
 */
public record BoundaryGeometry(String json, double latitude, double longitude) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Thrown with a Vietnamese reason when the text is not a usable boundary. */
    public static final class InvalidGeometryException extends RuntimeException {
        InvalidGeometryException(String reason) {
            super(reason);
        }
    }

    public static BoundaryGeometry parse(String text) {
        JsonNode node;
        try {
            node = JSON.readTree(text == null ? "" : text);
        } catch (JacksonException e) {
            throw new InvalidGeometryException("Không đọc được GeoJSON: " + e.getOriginalMessage());
        }
        return of(node);
    }

    public static BoundaryGeometry of(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new InvalidGeometryException("Thiếu đối tượng geometry GeoJSON");
        }
        String type = node.path("type").asString("");
        List<List<double[][]>> polygons = switch (type) {
            case "Polygon" -> List.of(polygon(node.path("coordinates")));
            case "MultiPolygon" -> multi(node.path("coordinates"));
            default ->
                throw new InvalidGeometryException(
                        "Kiểu hình học '" + type + "' không được hỗ trợ; ranh giới phải là Polygon hoặc MultiPolygon");
        };
        double[] centroid = centroid(polygons);
        return new BoundaryGeometry(JSON.writeValueAsString(node), round(centroid[1]), round(centroid[0]));
    }

    private static List<List<double[][]>> multi(JsonNode coordinates) {
        if (!coordinates.isArray() || coordinates.isEmpty()) {
            throw new InvalidGeometryException("MultiPolygon phải có ít nhất một đa giác");
        }
        List<List<double[][]>> polygons = new ArrayList<>();
        coordinates.forEach(p -> polygons.add(polygon(p)));
        return polygons;
    }

    private static List<double[][]> polygon(JsonNode coordinates) {
        if (!coordinates.isArray() || coordinates.isEmpty()) {
            throw new InvalidGeometryException("Đa giác phải có ít nhất một vòng toạ độ");
        }
        List<double[][]> rings = new ArrayList<>();
        coordinates.forEach(r -> rings.add(ring(r)));
        return rings;
    }

    private static double[][] ring(JsonNode ring) {
        if (!ring.isArray() || ring.size() < 4) {
            throw new InvalidGeometryException("Mỗi vòng của đa giác phải có ít nhất 4 điểm");
        }
        double[][] positions = new double[ring.size()][];
        for (int i = 0; i < ring.size(); i++) {
            positions[i] = position(ring.get(i));
        }
        double[] first = positions[0];
        double[] last = positions[positions.length - 1];
        if (first[0] != last[0] || first[1] != last[1]) {
            throw new InvalidGeometryException("Vòng của đa giác phải khép kín (điểm cuối trùng điểm đầu)");
        }
        return positions;
    }

    private static double[] position(JsonNode p) {
        if (!p.isArray() || p.size() < 2 || !p.get(0).isNumber() || !p.get(1).isNumber()) {
            throw new InvalidGeometryException("Mỗi điểm phải là [kinh độ, vĩ độ]");
        }
        double lon = p.get(0).asDouble();
        double lat = p.get(1).asDouble();
        if (!(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90)) {
            throw new InvalidGeometryException(
                    "Toạ độ ngoài phạm vi: [" + lon + ", " + lat + "] (phải là [kinh độ, vĩ độ])");
        }
        return new double[] {lon, lat};
    }

    /** Planar area-weighted centroid: holes subtract; at a district's scale the curvature does not matter. */
    private static double[] centroid(List<List<double[][]>> polygons) {
        double area = 0;
        double cx = 0;
        double cy = 0;
        for (List<double[][]> polygon : polygons) {
            for (int r = 0; r < polygon.size(); r++) {
                double[][] ring = polygon.get(r);
                double ringArea = 0;
                double rx = 0;
                double ry = 0;
                for (int i = 0; i < ring.length - 1; i++) {
                    double cross = ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
                    ringArea += cross;
                    rx += (ring[i][0] + ring[i + 1][0]) * cross;
                    ry += (ring[i][1] + ring[i + 1][1]) * cross;
                }
                double sign = (r == 0) == (ringArea >= 0) ? 1 : -1;
                area += sign * ringArea;
                cx += sign * rx;
                cy += sign * ry;
            }
        }
        if (Math.abs(area) < 1e-14) {
            double[] first = polygons.get(0).get(0)[0];
            return first;
        }
        return new double[] {cx / (3 * area), cy / (3 * area)};
    }

    private static double round(double degrees) {
        return Math.round(degrees * 1e6) / 1e6;
    }
}
