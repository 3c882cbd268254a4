package vn.toancanh.catalog.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
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
import vn.toancanh.catalog.DataGroupDetailView;
import vn.toancanh.catalog.DataGroupInput;
import vn.toancanh.catalog.GroupFilter;
import vn.toancanh.catalog.SharingLevel;
import vn.toancanh.shared.PageQuery;
import vn.toancanh.shared.PageResult;

/** Data groups as JSON: read by any signed-in user, written by admins. */
@RestController
@RequestMapping("/api/dataGroups")
@Tag(name = "Danh mục: nhóm dữ liệu", description = "Data groups of the catalog")
class DataGroupApiController {

    private final CatalogService catalog;

    DataGroupApiController(CatalogService catalog) {
        this.catalog = catalog;
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "List groups with their item counts: search q, filters domain/sector/sharing, sort, pages")
    PageResult<DataGroupDetailView> list(
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer pageSize,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String sort,
            @RequestParam(required = false) @Nullable String domain,
            @RequestParam(required = false) @Nullable String sector,
            @RequestParam(required = false) @Nullable SharingLevel sharing) {
        return catalog.listGroups(PageQuery.of(page, pageSize, q, sort), new GroupFilter(domain, sector, sharing));
    }

    @GetMapping("/{code}")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "One group with its owner, reporting units and item count")
    DataGroupDetailView get(@PathVariable String code) {
        return catalog.getGroupDetail(code);
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Create a group (400 with every field problem, 409 when the code exists)")
    ResponseEntity<DataGroupDetailView> create(@Valid @RequestBody DataGroupInput input) {
        return ResponseEntity.status(HttpStatus.CREATED).body(catalog.createGroup(input));
    }

    @PutMapping("/{code}")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Update a group; its code cannot change")
    DataGroupDetailView update(@PathVariable String code, @Valid @RequestBody DataGroupInput input) {
        return catalog.updateGroup(code, input);
    }
}
