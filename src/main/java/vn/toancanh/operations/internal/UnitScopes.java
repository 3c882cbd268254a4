package vn.toancanh.operations.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.toancanh.identity.CurrentUser;
import vn.toancanh.identity.IdentityService;
import vn.toancanh.organisation.OrganisationService;
import vn.toancanh.organisation.UnitView;

/**
 * Whose records a user reads: leaders and admins every unit's, others their own unit's and those below it — the rule
 * the dossier and task lists share.
 */
@Component
public class UnitScopes {

    private final OrganisationService organisation;
    private final IdentityService identity;

    UnitScopes(OrganisationService organisation, IdentityService identity) {
        this.organisation = organisation;
        this.identity = identity;
    }

    /**
     * The ids of the units a list covers: {@code unitCode}'s subtree (all units without one), cut to what the current
     * user reads; null for no limit.
     */
    public @Nullable List<Long> readable(@Nullable String unitCode) {
        return organisation.readableSubtree(identity.currentUserOrSystem(), unitCode);
    }

    /** True when the current user reads the records of {@code unitId}. */
    public boolean reads(long unitId) {
        CurrentUser user = identity.currentUserOrSystem();
        return user.readsAll() || (user.unitId() != null && organisation.isWithin(unitId, user.unitId()));
    }

    /** Admins write the records of any unit; officers those of their unit's subtree; others none. */
    public boolean writes(CurrentUser user, UnitView unit) {
        if (user.isAdmin()) {
            return true;
        }
        return user.role().isOfficer() && user.unitId() != null && organisation.isWithin(unit.id(), user.unitId());
    }
}
