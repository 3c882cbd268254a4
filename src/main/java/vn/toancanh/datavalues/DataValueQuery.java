package vn.toancanh.datavalues;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What an export asks for: a data group or items, units (with their descendants when {@code children}), and
 * periods by id or by a date range (periods that start on or after {@code startDate} and end on or before
 * {@code endDate}).
 */
public record DataValueQuery(
        @Nullable String dataGroup,
        List<String> dataElements,
        List<String> orgUnits,
        boolean children,
        List<String> periods,
        @Nullable LocalDate startDate,
        @Nullable LocalDate endDate) {}
