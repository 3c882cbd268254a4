package vn.toancanh.catalog.web;

import org.jspecify.annotations.Nullable;
import vn.toancanh.catalog.TargetDirection;
import vn.toancanh.catalog.TargetView;
import vn.toancanh.organisation.UnitView;

/** A target as the API shows it: with the unit's code and name beside its id. */
record TargetResponse(
        long id,
        String dxCode,
        long unitId,
        @Nullable String unitCode,
        @Nullable String unitName,
        int year,
        double value,
        TargetDirection direction,
        @Nullable String note) {

    static TargetResponse from(TargetView target, @Nullable UnitView unit) {
        return new TargetResponse(
                target.id(),
                target.dxCode(),
                target.unitId(),
                unit == null ? null : unit.code(),
                unit == null ? null : unit.name(),
                target.year(),
                target.value(),
                target.direction(),
                target.note());
    }
}
