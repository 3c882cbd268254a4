package vn.toancanh.identity;

import java.util.List;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import vn.toancanh.identity.internal.UserAccountRepository;
import vn.toancanh.identity.internal.UserPrincipal;

/** The identity façade other modules call: who is the current user. */
@Service
public class IdentityService {

    private final UserAccountRepository accounts;

    IdentityService(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    /** The enabled officers of a unit who have an e-mail address: whom its reminders go to. */
    public List<Contact> officersOf(long unitId) {
        return accounts.officersWithEmail(unitId);
    }

    /** The enabled users, by name: whom a module may pick (meeting attendees, say). */
    public List<Person> people() {
        return accounts.enabledPeople();
    }

    /** The authenticated user of this request or job; empty when anonymous. */
    public Optional<CurrentUser> currentUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof UserPrincipal principal) {
            return Optional.of(principal.toCurrentUser());
        }
        return Optional.empty();
    }

    /** The current user, or {@link CurrentUser#SYSTEM} for work with no user (start-up, scheduled jobs). */
    public CurrentUser currentUserOrSystem() {
        return currentUser().orElse(CurrentUser.SYSTEM);
    }
}
