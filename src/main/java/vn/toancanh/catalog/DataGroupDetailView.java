package vn.toancanh.catalog;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A data group with what a catalog page or the API shows beside it: names, owner, reporters, item count. */
public record DataGroupDetailView(
        DataGroupView group,
        String sectorName,
        String domainName,
        @Nullable String description,
        @Nullable String ownerUnitCode,
        @Nullable String ownerUnitName,
        List<String> reportingUnitCodes,
        long itemCount) {}
