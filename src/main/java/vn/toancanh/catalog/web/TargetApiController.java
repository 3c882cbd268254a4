package vn.toancanh.catalog.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.toancanh.catalog.CatalogService;
import vn.toancanh.catalog.TargetInput;
import vn.toancanh.catalog.TargetView;
import vn.toancanh.organisation.OrganisationService;
import vn.toancanh.organisation.UnitView;
import vn.toancanh.shared.InvalidInputException;

/** Yearly targets per item or indicator and unit: read by any signed-in user, set by admins and leaders. */
@RestController
@RequestMapping("/api/targets")
@Tag(name = "Danh mục: mục tiêu", description = "Yearly targets of data items and indicators per unit")
class TargetApiController {

    private final CatalogService catalog;
    private final OrganisationService organisation;

    TargetApiController(CatalogService catalog, OrganisationService organisation) {
        this.catalog = catalog;
        this.organisation = organisation;
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    @Operation(
            summary = "Targets filtered by dx (item or indicator codes, repeated or comma-separated), year and orgUnit"
                    + " (a unit code), ordered by code, unit and year")
    List<TargetResponse> list(
            @RequestParam(required = false) @Nullable List<String> dx,
            @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(required = false) @Nullable String orgUnit) {
        Long unitId = null;
        if (orgUnit != null && !orgUnit.isBlank()) {
            unitId = organisation
                    .findByCode(orgUnit.trim())
                    .map(UnitView::id)
                    .orElseThrow(() -> InvalidInputException.of("orgUnit", "Không tìm thấy đơn vị '" + orgUnit + "'"));
        }
        Long unit = unitId;
        List<TargetView> targets = catalog.targets(dx == null ? List.of() : dx, year).stream()
                .filter(t -> unit == null || t.unitId() == unit)
                .toList();
        Set<Long> ids = targets.stream().map(TargetView::unitId).collect(Collectors.toSet());
        Map<Long, UnitView> units = ids.isEmpty() ? Map.of() : organisation.findByIds(ids);
        return targets.stream()
                .map(t -> TargetResponse.from(t, units.get(t.unitId())))
                .toList();
    }

    @PutMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER')")
    @Operation(
            summary = "Create or replace the target of (dxCode, unitCode, year); direction AT_LEAST (higher is better,"
                    + " the default) or AT_MOST",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content = @Content(examples = @ExampleObject(name = "online dossiers 2025", value = """
                                                    {"dxCode": "IND-HS-TRUCTUYEN", "unitCode": "312", "year": 2025,
                                                     "value": 80, "direction": "AT_LEAST",
                                                     "note": "Nghị quyết HĐND huyện về chuyển đổi số"}"""))))
    TargetResponse save(@RequestBody TargetInput input) {
        TargetView saved = catalog.saveTarget(input);
        return TargetResponse.from(saved, organisation.findById(saved.unitId()).orElse(null));
    }

    @DeleteMapping("/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER')")
    @Operation(summary = "Delete a target (204; 404 when there is none with this id)")
    ResponseEntity<Void> delete(@PathVariable long id) {
        catalog.deleteTarget(id);
        return ResponseEntity.noContent().build();
    }
}
