package vn.toancanh.catalog.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.toancanh.catalog.CatalogService;
import vn.toancanh.catalog.IndicatorInput;
import vn.toancanh.catalog.IndicatorView;
import vn.toancanh.shared.PageQuery;
import vn.toancanh.shared.PageResult;

/**
 * Indicators as JSON: read by any signed-in user, written by admins. Bodies are validated by the service, so one
 * 400 lists every problem, the formula's with its position.
 */
@RestController
@RequestMapping("/api/indicators")
@Tag(name = "Danh mục: chỉ số", description = "Indicators: formulas over data items")
class IndicatorApiController {

    static final String EXAMPLE = """
            {"code": "IND-HS-TRUCTUYEN", "name": "Tỷ lệ hồ sơ tiếp nhận trực tuyến",
             "nameEn": "Share of dossiers received online",
             "expression": "#{HC-TTHC-01-003} / #{HC-TTHC-01-002} * 100",
             "unitOfMeasure": "%", "decimals": 1, "sectorCode": "HC-TTHC", "sharing": "PUBLIC", "active": true}""";

    private final CatalogService catalog;

    IndicatorApiController(CatalogService catalog) {
        this.catalog = catalog;
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "List indicators: search q (code, name or formula, diacritic-insensitive), sort, pages")
    PageResult<IndicatorView> list(
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer pageSize,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String sort) {
        PageQuery query = PageQuery.of(page, pageSize, q, sort);
        return catalog.listIndicators(query, query.search());
    }

    @GetMapping("/{code}")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "One indicator with its normalised formula")
    IndicatorView get(@PathVariable String code) {
        return catalog.getIndicatorByCode(code);
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(
            summary = "Create an indicator (400 with every problem, e.g. \"Biểu thức sai ở vị trí 12: thiếu dấu ')'\";"
                    + " 409 when the code is an indicator or data item code)",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content = @Content(examples = @ExampleObject(name = "online dossiers", value = EXAMPLE))))
    ResponseEntity<IndicatorView> create(@RequestBody IndicatorInput input) {
        return ResponseEntity.status(HttpStatus.CREATED).body(catalog.createIndicator(input));
    }

    @PutMapping("/{code}")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(
            summary = "Update an indicator; its code cannot change",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content = @Content(examples = @ExampleObject(name = "online dossiers", value = EXAMPLE))))
    IndicatorView update(@PathVariable String code, @RequestBody IndicatorInput input) {
        return catalog.updateIndicator(code, input);
    }
}
