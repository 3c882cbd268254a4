package vn.toancanh.identity.internal;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/** Loads accounts for form login and HTTP Basic (used only by {@link AccountAuthenticationProvider}). */
class AccountUserDetailsService implements UserDetailsService {

    private final UserAccountRepository users;

    AccountUserDetailsService(UserAccountRepository users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return users.findByUsername(username).orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
    }
}
