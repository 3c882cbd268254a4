package vn.toancanh.datavalues;

/**
 * One rejected row.
 *
 * @param row 1-based row number in what the client sent (the data row of a CSV, not counting the header; the index
 *     in {@code dataValues} plus one for JSON; the sheet row for Excel)
 * @param object the offending identifier or value as sent
 * @param property which field: dataElement, period, orgUnit, categoryOptionCombo, value, comment
 * @param reason why, in Vietnamese
 */
public record ImportConflict(int row, String object, String property, String reason) {}
