package vn.toancanh.datavalues;

import org.jspecify.annotations.Nullable;

/**
 * One value as a client sends it, in DHIS2 {@code dataValueSets} terms: identifiers are codes (or ids with
 * {@code idScheme=ID}) exactly as received, so every problem can be reported against what the client wrote.
 * {@code categoryOptionCombo} null or blank means the default (total).
 */
public record DataValueInput(
        @Nullable String dataElement,
        @Nullable String period,
        @Nullable String orgUnit,
        @Nullable String categoryOptionCombo,
        @Nullable String value,
        @Nullable String comment) {}
