package vn.toancanh.organisation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
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
import vn.toancanh.organisation.OrganisationService;
import vn.toancanh.organisation.UnitFilter;
import vn.toancanh.organisation.UnitKind;
import vn.toancanh.shared.PageQuery;
import vn.toancanh.shared.PageResult;

/** Units by code: list, tree, read, create and edit. */
@RestController
@RequestMapping("/api/units")
@Tag(name = "Đơn vị", description = "Cây đơn vị hành chính, phòng ban và đơn vị phối hợp")
class UnitApiController {

    private final OrganisationService organisation;

    UnitApiController(OrganisationService organisation) {
        this.organisation = organisation;
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Danh sách đơn vị (phân trang, tìm không dấu: q=an duong)")
    PageResult<UnitResponse> list(
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer pageSize,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) UnitKind kind,
            @RequestParam(required = false) String parent,
            @RequestParam(required = false) Integer level,
            @RequestParam(defaultValue = "false") boolean includeClosed) {
        return organisation
                .list(PageQuery.of(page, pageSize, q, sort), new UnitFilter(kind, parent, level, includeClosed))
                .map(UnitResponse::from);
    }

    @GetMapping("/tree")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Cây đơn vị lồng nhau, từ gốc hoặc từ đơn vị root")
    List<UnitTreeResponse> tree(
            @RequestParam(required = false) String root, @RequestParam(defaultValue = "false") boolean includeClosed) {
        return organisation.tree(root == null || root.isBlank() ? null : root, includeClosed).stream()
                .map(UnitTreeResponse::from)
                .toList();
    }

    @GetMapping("/{code}")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Một đơn vị theo mã")
    UnitResponse get(@PathVariable String code) {
        return UnitResponse.from(organisation.getDetail(code));
    }

    @GetMapping("/{code}/successions")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Sáp nhập, chia tách liên quan đến đơn vị (đơn vị trước và sau)")
    List<SuccessionResponse> successions(@PathVariable String code) {
        long id = organisation.getByCode(code).id();
        return java.util.stream.Stream.concat(
                        organisation.predecessorsOf(id).stream(), organisation.successorsOf(id).stream())
                .map(SuccessionResponse::from)
                .toList();
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Thêm đơn vị")
    ResponseEntity<UnitResponse> create(@Valid @RequestBody UnitRequest request) {
        UnitResponse created = UnitResponse.from(organisation.create(request.toInput()));
        return ResponseEntity.created(URI.create("/api/units/" + created.code()))
                .body(created);
    }

    @PutMapping("/{code}")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Sửa đơn vị (không đổi cấp trên; mã khác trong nội dung sẽ đổi mã)")
    UnitResponse update(@PathVariable String code, @Valid @RequestBody UnitRequest request) {
        return UnitResponse.from(organisation.update(code, request.toInput()));
    }
}
