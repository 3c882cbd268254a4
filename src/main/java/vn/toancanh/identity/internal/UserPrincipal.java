package vn.toancanh.identity.internal;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import vn.toancanh.identity.CurrentUser;
import vn.toancanh.identity.Role;

/** The authenticated user as Spring Security holds it (serializable: it lives in the HTTP session). */
public record UserPrincipal(
        long id,
        String username,
        @Nullable String passwordHash,
        String fullName,
        Role role,
        @Nullable Long unitId,
        boolean enabled,
        @Nullable Instant lockedUntil,
        List<String> dataGroups)
        implements UserDetails, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** A user account: the data groups it writes are limited by its role and unit only. */
    public UserPrincipal(
            long id,
            String username,
            @Nullable String passwordHash,
            String fullName,
            Role role,
            @Nullable Long unitId,
            boolean enabled,
            @Nullable Instant lockedUntil) {
        this(id, username, passwordHash, fullName, role, unitId, enabled, lockedUntil, List.of());
    }

    public UserPrincipal {
        // a session serialized before the limit existed comes back with null
        dataGroups = dataGroups == null ? List.of() : List.copyOf(dataGroups);
    }

    public CurrentUser toCurrentUser() {
        return new CurrentUser(id, username, fullName, role, unitId, dataGroups);
    }

    /** The same user without the password hash, for the session and the security context. */
    public UserPrincipal withoutPassword() {
        return new UserPrincipal(id, username, null, fullName, role, unitId, enabled, lockedUntil, dataGroups);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return lockedUntil == null || lockedUntil.isBefore(Instant.now());
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }
}
