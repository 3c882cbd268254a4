package vn.toancanh.analytics.internal;

import vn.toancanh.catalog.DataItemView;
import vn.toancanh.catalog.ValueType;
import vn.toancanh.identity.CurrentUser;

/** Which items a user may aggregate, and which items have numbers to aggregate. */
final class Sharing {

    private Sharing() {}

    static boolean readable(CurrentUser user, DataItemView item) {
        return item.readableBy(user);
    }

    static boolean numeric(DataItemView item) {
        return item.valueType() != ValueType.TEXT && item.valueType() != ValueType.DATE;
    }
}
