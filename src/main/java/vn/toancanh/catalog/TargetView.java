package vn.toancanh.catalog;

import org.jspecify.annotations.Nullable;

/** A yearly target of a data item or an indicator ({@code dxCode}) in one unit. */
public record TargetView(
        long id,
        String dxCode,
        long unitId,
        int year,
        double value,
        TargetDirection direction,
        @Nullable String note) {}
