package vn.toancanh.exchange.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** The scope of a new key: read and/or write, data groups and unit subtree (empty: all), families, expiry, rate. */
public record KeyInput(
        @Nullable Boolean read,
        @Nullable Boolean write,
        @Nullable String dataGroups,
        @Nullable String unitCode,
        @Nullable List<String> families,
        @Nullable String expiresOn,
        @Nullable Integer ratePerMinute) {

    public boolean canRead() {
        return Boolean.TRUE.equals(read);
    }

    public boolean canWrite() {
        return Boolean.TRUE.equals(write);
    }
}
