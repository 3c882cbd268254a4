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
import vn.toancanh.catalog.DataItemDetailView;
import vn.toancanh.catalog.DataItemInput;
import vn.toancanh.catalog.DataItemView;
import vn.toancanh.catalog.ItemFilter;
import vn.toancanh.catalog.SharingLevel;
import vn.toancanh.catalog.ValueType;
import vn.toancanh.shared.PageQuery;
import vn.toancanh.shared.PageResult;

/** Data items as JSON: read by any signed-in user, written by admins. */
@RestController
@RequestMapping("/api/dataItems")
@Tag(name = "Danh mục: chỉ tiêu", description = "Data items of the catalog")
class DataItemApiController {

    private final CatalogService catalog;

    DataItemApiController(CatalogService catalog) {
        this.catalog = catalog;
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "List items: search q (diacritic-insensitive), filters, sort (e.g. -name), pages from 1")
    PageResult<DataItemView> list(
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer pageSize,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String sort,
            @RequestParam(required = false) @Nullable String group,
            @RequestParam(required = false) @Nullable String domain,
            @RequestParam(required = false) @Nullable String sector,
            @RequestParam(required = false) @Nullable ValueType valueType,
            @RequestParam(required = false) @Nullable SharingLevel sharing,
            @RequestParam(required = false) @Nullable Boolean active) {
        return catalog.listItems(
                PageQuery.of(page, pageSize, q, sort),
                new ItemFilter(domain, sector, group, valueType, sharing, active));
    }

    @GetMapping("/{code}")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "One item with its group, disaggregation, owner and reporting units")
    DataItemDetailView get(@PathVariable String code) {
        return catalog.getItemDetail(code);
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Create an item (400 with every field problem, 409 when the code exists)")
    ResponseEntity<DataItemDetailView> create(@Valid @RequestBody DataItemInput input) {
        return ResponseEntity.status(HttpStatus.CREATED).body(catalog.createItem(input));
    }

    @PutMapping("/{code}")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Update an item; its code cannot change")
    DataItemDetailView update(@PathVariable String code, @Valid @RequestBody DataItemInput input) {
        return catalog.updateItem(code, input);
    }
}
