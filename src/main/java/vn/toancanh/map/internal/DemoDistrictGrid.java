package vn.toancanh.map.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Schematic, deterministic boundaries for the demo: a district outline cut into a jittered grid of cells whose
 * edges are shared (each edge's wiggle is drawn once and walked both ways), so neighbours meet exactly and never
 * overlap. Not real boundaries; real ones are imported as GeoJSON.
 */
final class DemoDistrictGrid {

    /** A position as GeoJSON writes it: longitude, latitude. */
    record Position(double lon, double lat) {}

    private final int rows;
    private final int cols;
    private final Position[][] vertices;
    private final long seed;
    private final double north;
    private final double south;
    private final double west;
    private final double east;

    DemoDistrictGrid(int rows, int cols, double south, double north, double west, double east, long seed) {
        this.rows = rows;
        this.cols = cols;
        this.seed = seed;
        this.north = north;
        this.south = south;
        this.west = west;
        this.east = east;
        this.vertices = new Position[rows + 1][cols + 1];
        Random random = new Random(seed);
        double cellLat = (north - south) / rows;
        double cellLon = (east - west) / cols;
        double midLat = (north + south) / 2;
        double midLon = (east + west) / 2;
        for (int r = 0; r <= rows; r++) {
            for (int c = 0; c <= cols; c++) {
                boolean edgeRow = r == 0 || r == rows;
                boolean edgeCol = c == 0 || c == cols;
                double lat = north - r * cellLat + (edgeRow ? 0 : jitter(random, cellLat * 0.28));
                double lon = west + c * cellLon + (edgeCol ? 0 : jitter(random, cellLon * 0.28));
                if (edgeRow && !edgeCol) {
                    lat += jitter(random, cellLat * 0.25);
                }
                if (edgeCol && !edgeRow) {
                    lon += jitter(random, cellLon * 0.25);
                }
                if (edgeRow && edgeCol) {
                    // corners pulled in, so the outline is not a rectangle
                    lat = midLat + (lat - midLat) * 0.8;
                    lon = midLon + (lon - midLon) * 0.85;
                }
                vertices[r][c] = new Position(lon, lat);
            }
        }
    }

    int cells() {
        return rows * cols;
    }

    /** Cell {@code index} (row by row from the north-west) as a closed, counter-clockwise ring. */
    List<Position> cell(int index) {
        int r = index / cols;
        int c = index % cols;
        List<Position> ring = new ArrayList<>();
        walk(ring, r + 1, c, r + 1, c + 1); // south-west to south-east
        walk(ring, r + 1, c + 1, r, c + 1); // up the east side
        walk(ring, r, c + 1, r, c); // along the north side, westwards
        walk(ring, r, c, r + 1, c); // down the west side
        ring.add(ring.get(0));
        return ring;
    }

    /** The district's outline, counter-clockwise and closed. */
    List<Position> outline() {
        List<Position> ring = new ArrayList<>();
        for (int c = 0; c < cols; c++) {
            walk(ring, rows, c, rows, c + 1);
        }
        for (int r = rows; r > 0; r--) {
            walk(ring, r, cols, r - 1, cols);
        }
        for (int c = cols; c > 0; c--) {
            walk(ring, 0, c, 0, c - 1);
        }
        for (int r = 0; r < rows; r++) {
            walk(ring, r, 0, r + 1, 0);
        }
        ring.add(ring.get(0));
        return ring;
    }

    boolean inBounds(double lat, double lon) {
        return lat > south && lat < north && lon > west && lon < east;
    }

    /** Adds the start vertex and the edge's intermediate points, not its end (the next edge starts there). */
    private void walk(List<Position> ring, int r1, int c1, int r2, int c2) {
        List<Position> points = edge(r1, c1, r2, c2);
        ring.addAll(points.subList(0, points.size() - 1));
    }

    /** The edge between two vertices with its wiggle, the same whichever way it is walked. */
    private List<Position> edge(int r1, int c1, int r2, int c2) {
        boolean forward = r1 < r2 || (r1 == r2 && c1 < c2);
        Position a = forward ? vertices[r1][c1] : vertices[r2][c2];
        Position b = forward ? vertices[r2][c2] : vertices[r1][c1];
        int key = forward ? ((r1 * 100 + c1) * 10_000 + r2 * 100 + c2) : ((r2 * 100 + c2) * 10_000 + r1 * 100 + c1);
        Random random = new Random(seed * 31 + key);
        List<Position> points = new ArrayList<>();
        points.add(a);
        double dx = b.lon() - a.lon();
        double dy = b.lat() - a.lat();
        for (int i = 1; i <= 3; i++) {
            double t = i / 4.0;
            double offset = jitter(random, 0.07);
            points.add(new Position(a.lon() + dx * t - dy * offset, a.lat() + dy * t + dx * offset));
        }
        points.add(b);
        if (!forward) {
            java.util.Collections.reverse(points);
        }
        return points;
    }

    private static double jitter(Random random, double max) {
        return (random.nextDouble() * 2 - 1) * max;
    }
}
