package vn.toancanh.datavalues.internal;

import vn.toancanh.catalog.DataItemView;
import vn.toancanh.catalog.SharingLevel;
import vn.toancanh.identity.CurrentUser;

/** Who may read an item's values: every user the public and internal ones; restricted ones leaders, admins and the owner unit. */
public final class ReadScope {

    private ReadScope() {}

    public static boolean allows(CurrentUser user, DataItemView item) {
        if (item.sharing() != SharingLevel.RESTRICTED || user.readsAll()) {
            return true;
        }
        return user.unitId() != null && user.unitId().equals(item.ownerUnitId());
    }
}
