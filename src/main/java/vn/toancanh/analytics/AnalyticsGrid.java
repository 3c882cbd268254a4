package vn.toancanh.analytics;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * The answer to an {@link AnalyticsRequest}, shaped as DHIS2's analytics grid: one header per column (the
 * dimensions in request order, then {@code value}), rows of strings (values as plain decimal numbers, no
 * grouping), and metadata naming every item that appears.
 */
public record AnalyticsGrid(
        List<Header> headers,
        List<List<String>> rows,
        @Nullable MetaData metaData,
        int height,
        int width) {

    public static AnalyticsGrid of(List<Header> headers, List<List<String>> rows, @Nullable MetaData metaData) {
        return new AnalyticsGrid(headers, rows, metaData, rows.size(), headers.size());
    }

    /** The value of the row whose dimension columns are {@code ids}, in header order; empty when there is none. */
    public OptionalDouble value(String... ids) {
        for (List<String> row : rows) {
            boolean match = row.size() == ids.length + 1;
            for (int i = 0; match && i < ids.length; i++) {
                match = row.get(i).equals(ids[i]);
            }
            if (match) {
                return OptionalDouble.of(Double.parseDouble(row.get(ids.length)));
            }
        }
        return OptionalDouble.empty();
    }

    /** A column: {@code dx}, {@code pe}, {@code ou}, {@code co} or {@code value}. */
    public record Header(String name, String column, String valueType, String type, boolean hidden, boolean meta) {}

    /**
     * @param items every id that appears in the grid (dimension items and the dimension names) with its name
     * @param dimensions the item ids of each dimension and filter, in order
     */
    public record MetaData(Map<String, MetaItem> items, Map<String, List<String>> dimensions) {}

    /**
     * @param unitOfMeasure for data items and indicators
     * @param source the name of the unit that owns a data item
     * @param lastUpdated when a value of the data item last changed
     */
    public record MetaItem(
            String name,
            @Nullable String code,
            @Nullable String unitOfMeasure,
            @Nullable String source,
            @Nullable Instant lastUpdated,
            @Nullable String sourceLink) {

        public static MetaItem named(String name) {
            return new MetaItem(name, null, null, null, null, null);
        }
    }
}
