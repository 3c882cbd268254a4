package vn.toancanh.organisation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.toancanh.organisation.GeometryImportResult;
import vn.toancanh.organisation.OrganisationService;
import vn.toancanh.shared.FieldProblem;
import vn.toancanh.shared.InvalidInputException;

/** Unit boundaries as GeoJSON: one unit's geometry, or a FeatureCollection matched by each feature's code. */
@RestController
@RequestMapping("/api/units")
@Tag(name = "Đơn vị", description = "Cây đơn vị hành chính, phòng ban và đơn vị phối hợp")
class UnitGeometryApiController {

    private final OrganisationService organisation;

    UnitGeometryApiController(OrganisationService organisation) {
        this.organisation = organisation;
    }

    @PutMapping("/{code}/geometry")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(
            summary = "Đặt ranh giới một đơn vị: thân là GeoJSON Polygon hoặc MultiPolygon; toạ độ đơn vị chuyển về"
                    + " tâm ranh giới")
    UnitResponse update(@PathVariable String code, @RequestBody String geometry) {
        return UnitResponse.from(organisation.updateGeometry(code, geometry));
    }

    @PostMapping("/geometry")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(
            summary = "Nhập ranh giới từ GeoJSON FeatureCollection (thuộc tính code = mã đơn vị); tất cả hoặc không:"
                    + " 400 liệt kê mọi đối tượng bị từ chối trong errors[] (field = features[i], i từ 0)")
    GeometryImportResult importGeometry(@RequestBody String featureCollection) {
        GeometryImportResult result = organisation.importGeometry(featureCollection, "API");
        if (!result.ok()) {
            throw new InvalidInputException(problems(result));
        }
        return result;
    }

    static List<FieldProblem> problems(GeometryImportResult result) {
        return result.problems().stream()
                .map(p -> new FieldProblem(
                        p.index() == 0 ? "body" : "features[" + (p.index() - 1) + "]",
                        p.code() == null ? p.reason() : p.code() + ": " + p.reason()))
                .toList();
    }
}
