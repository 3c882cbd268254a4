package vn.toancanh.map.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.toancanh.map.internal.DemoDistrictGrid.Position;

/** The demo boundaries: deterministic, inside the district's box, sharing every inner edge, never overlapping. */
class DemoDistrictGridTests {

    final DemoDistrictGrid grid = MapDemoBoundaries.grid(16, 42);

    @Test
    void sameSeedSameBoundaries() {
        DemoDistrictGrid again = MapDemoBoundaries.grid(16, 42);
        for (int i = 0; i < grid.cells(); i++) {
            assertThat(again.cell(i)).isEqualTo(grid.cell(i));
        }
        assertThat(MapDemoBoundaries.grid(16, 43).cell(5)).isNotEqualTo(grid.cell(5));
    }

    @Test
    void cellsAreClosedCounterClockwiseRingsAroundTheDistrictBox() {
        for (int i = 0; i < grid.cells(); i++) {
            List<Position> ring = grid.cell(i);
            assertThat(ring.get(0)).isEqualTo(ring.get(ring.size() - 1));
            assertThat(area(ring)).as("counter-clockwise cell %d", i).isPositive();
            // the outline wiggles a little beyond the nominal box, as real boundaries do
            ring.forEach(
                    p -> assertThat(p.lat()).isBetween(MapDemoBoundaries.SOUTH - 0.01, MapDemoBoundaries.NORTH + 0.01));
            ring.forEach(
                    p -> assertThat(p.lon()).isBetween(MapDemoBoundaries.WEST - 0.01, MapDemoBoundaries.EAST + 0.01));
        }
    }

    @Test
    void neighboursShareTheirEdgesAndTheOutlineIsTheUnion() {
        // every segment of an inner edge is walked by exactly two cells, in opposite directions
        Map<String, Integer> segments = new HashMap<>();
        double cellsArea = 0;
        for (int i = 0; i < grid.cells(); i++) {
            List<Position> ring = grid.cell(i);
            cellsArea += area(ring);
            for (int k = 0; k < ring.size() - 1; k++) {
                segments.merge(key(ring.get(k), ring.get(k + 1)), 1, Integer::sum);
            }
        }
        List<Position> outline = grid.outline();
        List<String> outer = new ArrayList<>();
        for (int k = 0; k < outline.size() - 1; k++) {
            outer.add(key(outline.get(k), outline.get(k + 1)));
        }
        segments.forEach((segment, count) -> assertThat(count).isEqualTo(outer.contains(segment) ? 1 : 2));
        assertThat(cellsArea).isCloseTo(area(outline), org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void everyPointBelongsToOneCellAtMost() {
        Random random = new Random(7);
        for (int n = 0; n < 2000; n++) {
            double lat =
                    MapDemoBoundaries.SOUTH + random.nextDouble() * (MapDemoBoundaries.NORTH - MapDemoBoundaries.SOUTH);
            double lon =
                    MapDemoBoundaries.WEST + random.nextDouble() * (MapDemoBoundaries.EAST - MapDemoBoundaries.WEST);
            int containing = 0;
            for (int i = 0; i < grid.cells(); i++) {
                if (UnitLocator.inside(List.<double[][]>of(ring(grid.cell(i))), lon, lat)) {
                    containing++;
                }
            }
            boolean inDistrict = UnitLocator.inside(List.<double[][]>of(ring(grid.outline())), lon, lat);
            assertThat(containing).isEqualTo(inDistrict ? 1 : 0);
        }
    }

    private static double[][] ring(List<Position> ring) {
        return ring.stream().map(p -> new double[] {p.lon(), p.lat()}).toArray(double[][]::new);
    }

    private static String key(Position a, Position b) {
        Position first = a.lon() < b.lon() || (a.lon() == b.lon() && a.lat() < b.lat()) ? a : b;
        Position second = first == a ? b : a;
        return first + "-" + second;
    }

    private static double area(List<Position> ring) {
        double sum = 0;
        for (int i = 0; i < ring.size() - 1; i++) {
            sum += ring.get(i).lon() * ring.get(i + 1).lat()
                    - ring.get(i + 1).lon() * ring.get(i).lat();
        }
        return sum / 2;
    }
}
