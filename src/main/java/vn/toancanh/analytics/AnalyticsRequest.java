package vn.toancanh.analytics;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An analytics query in DHIS2's syntax. Each dimension or filter is {@code dx:…}, {@code pe:…}, {@code ou:…} or
 * {@code co[:…]} with items separated by {@code ;}:
 * <ul>
 *   <li>{@code dx}: data item codes, {@code ITEM.COMBO} for one disaggregation, indicator codes, {@code DE_GROUP-code}
 *       for every active item of a data group;
 *   <li>{@code pe}: fixed period ids of any type ({@code 2024}, {@code 2024S1}, {@code 2024Q1}, {@code 202403}, …)
 *       and relative periods ({@code THIS_MONTH}, {@code LAST_12_MONTHS}, {@code THIS_YEAR}, {@code LAST_5_YEARS}, …);
 *   <li>{@code ou}: unit codes, {@code USER_ORGUNIT}, plus {@code LEVEL-n}, {@code CHILDREN} or
 *       {@code OU_GROUP-code} to select units within the named ones;
 *   <li>{@code co}: as a dimension, one row per disaggregation; without it values are totals.
 * </ul>
 * Filters aggregate over all their items (the union of units, of periods).
 *
 * @param relativePeriodDate the day relative periods are counted from; null = today in Vietnam
 * @param english metadata names in English where the catalog has them
 * @param skipMeta leave out {@code metaData}
 */
public record AnalyticsRequest(
        List<String> dimensions,
        List<String> filters,
        @Nullable LocalDate relativePeriodDate,
        boolean english,
        boolean skipMeta) {

    public AnalyticsRequest {
        dimensions = List.copyOf(dimensions);
        filters = List.copyOf(filters);
    }

    /** A query with these dimensions, no filters, relative to today, Vietnamese names. */
    public static AnalyticsRequest of(String... dimensions) {
        return new AnalyticsRequest(List.of(dimensions), List.of(), null, false, false);
    }

    public AnalyticsRequest withFilters(String... filters) {
        return new AnalyticsRequest(dimensions, List.of(filters), relativePeriodDate, english, skipMeta);
    }

    public AnalyticsRequest relativeTo(LocalDate date) {
        return new AnalyticsRequest(dimensions, filters, date, english, skipMeta);
    }
}
