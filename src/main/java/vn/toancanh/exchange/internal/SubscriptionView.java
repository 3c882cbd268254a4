package vn.toancanh.exchange.internal;

import java.time.Instant;
import java.util.List;

/** A client's push subscription: which data groups (empty: all) and whether alerts and issued reports go to its URL. */
public record SubscriptionView(
        long id,
        long clientId,
        String url,
        List<String> dataGroups,
        boolean alerts,
        boolean reports,
        boolean active,
        Instant createdAt) {

    public boolean wants(String groupCode) {
        return dataGroups.isEmpty() || dataGroups.contains(groupCode);
    }
}
