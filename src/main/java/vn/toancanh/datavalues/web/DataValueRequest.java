package vn.toancanh.datavalues.web;

import org.jspecify.annotations.Nullable;
import vn.toancanh.datavalues.DataValueInput;

/** One value, as scripts post it to {@code /api/dataValues}. */
record DataValueRequest(
        @Nullable String dataElement,
        @Nullable String period,
        @Nullable String orgUnit,
        @Nullable String categoryOptionCombo,
        @Nullable String value,
        @Nullable String comment) {

    DataValueInput toInput() {
        return new DataValueInput(dataElement, period, orgUnit, categoryOptionCombo, value, comment);
    }
}
