package vn.toancanh.datavalues.internal;

import vn.toancanh.catalog.DataItemView;
import vn.toancanh.identity.CurrentUser;

/** Who may read an item's values: the catalog's sharing rule ({@link DataItemView#readableBy}). */
public final class ReadScope {

    private ReadScope() {}

    public static boolean allows(CurrentUser user, DataItemView item) {
        return item.readableBy(user);
    }
}
