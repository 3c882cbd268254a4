package vn.toancanh.identity.web;

import java.net.URI;
import org.jspecify.annotations.Nullable;
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
import vn.toancanh.identity.internal.UserAdminService;
import vn.toancanh.shared.PageQuery;
import vn.toancanh.shared.PageResult;

/** Users for scripts: list, read, create, change. Admins only; password hashes never leave the server. */
@RestController
@RequestMapping("/api/users")
@PreAuthorize("hasRole('ADMIN')")
class UserApiController {

    private final UserAdminService users;

    UserApiController(UserAdminService users) {
        this.users = users;
    }

    /** {@code GET /api/users?q=nguyen&role=COMMUNE_OFFICER&unit=11584&sort=-lastLogin&page=1&pageSize=50} */
    @GetMapping
    PageResult<UserResponse> list(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) @Nullable String role,
            @RequestParam(required = false) @Nullable String unit,
            @RequestParam(required = false) @Nullable String sort,
            @RequestParam(required = false) @Nullable Integer page,
            @RequestParam(required = false) @Nullable Integer pageSize) {
        return users.page(UserQueries.filter(users, role, unit), PageQuery.of(page, pageSize, q, sort))
                .map(UserResponse::from);
    }

    @GetMapping("/{id}")
    UserResponse get(@PathVariable long id) {
        return UserResponse.from(users.get(id));
    }

    @PostMapping
    ResponseEntity<UserResponse> create(@RequestBody UserRequest request) {
        UserResponse created = UserResponse.from(users.create(request.toInput()));
        return ResponseEntity.created(URI.create("/api/users/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    UserResponse update(@PathVariable long id, @RequestBody UserRequest request) {
        return UserResponse.from(users.update(id, request.toInput()));
    }
}
