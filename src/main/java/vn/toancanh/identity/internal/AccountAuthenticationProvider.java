package vn.toancanh.identity.internal;

import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Password login whose authenticated principal no longer carries the hash (it would sit in the session). */
class AccountAuthenticationProvider extends DaoAuthenticationProvider {

    AccountAuthenticationProvider(UserDetailsService users, PasswordEncoder encoder) {
        super(users);
        setPasswordEncoder(encoder);
    }

    @Override
    protected Authentication createSuccessAuthentication(
            Object principal, Authentication authentication, UserDetails user) {
        Object safe = principal instanceof UserPrincipal p ? p.withoutPassword() : principal;
        return super.createSuccessAuthentication(safe, authentication, user);
    }
}
