package vn.toancanh.organisation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;

class BoundaryGeometryTests {

    @Test
    void aPolygonsCentroidIsItsAreaWeightedCentre() {
        BoundaryGeometry square = BoundaryGeometry.parse(
                "{\"type\":\"Polygon\",\"coordinates\":[[[106,20],[106.2,20],[106.2,20.2],[106,20.2],[106,20]]]}");

        assertThat(square.latitude()).isCloseTo(20.1, offset(1e-9));
        assertThat(square.longitude()).isCloseTo(106.1, offset(1e-9));
        assertThat(square.json()).startsWith("{\"type\":\"Polygon\"");
    }

    @Test
    void holesAndClockwiseRingsDoNotMoveTheCentroidTheWrongWay() {
        // outer ring clockwise, a hole in its east half: the centroid moves west
        BoundaryGeometry withHole = BoundaryGeometry.parse("""
                {"type":"Polygon","coordinates":[
                  [[0,0],[0,2],[2,2],[2,0],[0,0]],
                  [[1.2,0.5],[1.8,0.5],[1.8,1.5],[1.2,1.5],[1.2,0.5]]]}""");

        assertThat(withHole.longitude()).isLessThan(1.0);
        assertThat(withHole.latitude()).isCloseTo(1.0, offset(1e-9));
    }

    @Test
    void aMultiPolygonWeighsItsPartsByArea() {
        BoundaryGeometry two = BoundaryGeometry.parse("""
                {"type":"MultiPolygon","coordinates":[
                  [[[0,0],[3,0],[3,1],[0,1],[0,0]]],
                  [[[10,0],[11,0],[11,1],[10,1],[10,0]]]]}""");

        assertThat(two.longitude()).isCloseTo((1.5 * 3 + 10.5) / 4, offset(1e-9));
    }

    @Test
    void unusableBoundariesAreRejectedWithAReason() {
        assertThatThrownBy(() -> BoundaryGeometry.parse("{\"type\":\"Point\",\"coordinates\":[106,20]}"))
                .hasMessageContaining("Polygon hoặc MultiPolygon");
        assertThatThrownBy(() -> BoundaryGeometry.parse(
                        "{\"type\":\"Polygon\",\"coordinates\":[[[106,20],[106.2,20],[106.2,20.2],[106,20.2]]]}"))
                .hasMessageContaining("khép kín");
        assertThatThrownBy(() -> BoundaryGeometry.parse(
                        "{\"type\":\"Polygon\",\"coordinates\":[[[20,106],[20,106.2],[20.2,106.2],[20,106]]]}"))
                .hasMessageContaining("ngoài phạm vi");
        assertThatThrownBy(() -> BoundaryGeometry.parse("{\"type\":\"Polygon\",\"coordinates\":[[[1,2],[3,4],[1,2]]]}"))
                .hasMessageContaining("ít nhất 4 điểm");
        assertThatThrownBy(() -> BoundaryGeometry.parse("{not json")).hasMessageContaining("Không đọc được");
    }
}
