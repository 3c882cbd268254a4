package vn.toancanh.reports.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.toancanh.analytics.AnalyticsGrid;
import vn.toancanh.reports.ReportTable;

/**
 * An analytics grid as a table people read: periods become columns (in the query's order), the other dimensions
 * label the rows by name, a data item row also shows its unit of measure.
 */
@Component
public class GridTables {

    private final MessageSource messages;

    GridTables(MessageSource messages) {
        this.messages = messages;
    }

    public ReportTable table(AnalyticsGrid grid, String title, ReportTable.Chart chart, Locale locale) {
        List<String> dims = new ArrayList<>();
        for (AnalyticsGrid.Header h : grid.headers()) {
            if (!h.name().equals("value")) {
                dims.add(h.name());
            }
        }
        int valueColumn = dims.size();
        int peColumn = dims.indexOf("pe");
        List<String> periods = peColumn >= 0 ? orderedIds(grid, "pe", peColumn) : List.of();
        List<String> constant = constantDimensions(grid);
        List<Integer> labelColumns = new ArrayList<>();
        for (int c = 0; c < dims.size(); c++) {
            if (c != peColumn && !constant.contains(dims.get(c))) {
                labelColumns.add(c);
            }
        }
        boolean units = dims.contains("dx") && hasUnitsOfMeasure(grid);

        List<String> labelHeaders = new ArrayList<>();
        for (int c : labelColumns) {
            labelHeaders.add(text("reports.dimension." + dims.get(c), locale));
            if (units && dims.get(c).equals("dx")) {
                labelHeaders.add(text("reports.unitOfMeasure", locale));
            }
        }
        if (labelHeaders.isEmpty()) {
            labelHeaders.add(text("reports.dimension.dx", locale));
        }
        List<String> valueHeaders = peColumn >= 0
                ? periods.stream().map(id -> name(grid, id)).toList()
                : List.of(text("reports.value", locale));

        Map<List<String>, Double[]> rows = new LinkedHashMap<>();
        for (List<String> line : grid.rows()) {
            List<String> key = new ArrayList<>();
            for (int c : labelColumns) {
                key.add(line.get(c));
            }
            Double[] values = rows.computeIfAbsent(key, k -> new Double[valueHeaders.size()]);
            int at = peColumn >= 0 ? periods.indexOf(line.get(peColumn)) : 0;
            if (at >= 0) {
                values[at] = Double.parseDouble(line.get(valueColumn));
            }
        }
        List<ReportTable.Row> out = new ArrayList<>();
        for (Map.Entry<List<String>, Double[]> row : rows.entrySet()) {
            List<String> labels = new ArrayList<>();
            for (int i = 0; i < labelColumns.size(); i++) {
                String id = row.getKey().get(i);
                labels.add(name(grid, id));
                if (units && dims.get(labelColumns.get(i)).equals("dx")) {
                    labels.add(unitOfMeasure(grid, id));
                }
            }
            if (labels.isEmpty()) {
                labels.add(filterNames(grid, "dx", title));
            }
            out.add(new ReportTable.Row(labels, Arrays.asList(row.getValue())));
        }
        return new ReportTable(title, labelHeaders, valueHeaders, out, chart, null);
    }

    /**
     * What the query's filters and its one-item row dimensions hold, by name, for the line under the title:
     * "Chỉ tiêu: Dân số (người) · Kỳ: Tháng 11/2026".
     */
    public @Nullable String filters(AnalyticsGrid grid, Locale locale) {
        if (grid.metaData() == null) {
            return null;
        }
        List<String> dimensionNames =
                grid.headers().stream().map(AnalyticsGrid.Header::name).toList();
        List<String> constant = constantDimensions(grid);
        List<String> parts = new ArrayList<>();
        for (String dim : List.of("dx", "co", "pe", "ou")) {
            List<String> ids;
            if (constant.contains(dim)) {
                ids = List.of(grid.rows().get(0).get(dimensionNames.indexOf(dim)));
            } else if (!dimensionNames.contains(dim) && !dim.equals("dx")) {
                ids = grid.metaData().dimensions().get(dim);
            } else {
                continue;
            }
            if (ids != null && !ids.isEmpty()) {
                List<String> names = ids.stream()
                        .map(id -> dim.equals("dx") && !unitOfMeasure(grid, id).isEmpty()
                                ? name(grid, id) + " (" + unitOfMeasure(grid, id) + ")"
                                : name(grid, id))
                        .toList();
                parts.add(text("reports.dimension." + dim, locale) + ": " + String.join(", ", names));
            }
        }
        return parts.isEmpty() ? null : String.join(" · ", parts);
    }

    /**
     * Row dimensions (not periods) that hold one item in every row while another dimension varies: they say the same
     * on every line, so the subtitle names them once instead.
     */
    private static List<String> constantDimensions(AnalyticsGrid grid) {
        List<String> dims = new ArrayList<>();
        for (AnalyticsGrid.Header h : grid.headers()) {
            if (!h.name().equals("value")) {
                dims.add(h.name());
            }
        }
        List<String> rowDims = dims.stream().filter(d -> !d.equals("pe")).toList();
        if (rowDims.size() < 2 || grid.rows().isEmpty()) {
            return List.of();
        }
        List<String> constant = new ArrayList<>();
        for (String dim : rowDims) {
            int c = dims.indexOf(dim);
            String first = grid.rows().get(0).get(c);
            if (grid.rows().stream().allMatch(r -> r.get(c).equals(first))) {
                constant.add(dim);
            }
        }
        // keep at least one label column
        return constant.size() == rowDims.size() ? constant.subList(1, constant.size()) : constant;
    }

    private static List<String> orderedIds(AnalyticsGrid grid, String dim, int column) {
        List<String> ids = new ArrayList<>();
        if (grid.metaData() != null && grid.metaData().dimensions().get(dim) != null) {
            ids.addAll(grid.metaData().dimensions().get(dim));
        }
        for (List<String> row : grid.rows()) {
            if (!ids.contains(row.get(column))) {
                ids.add(row.get(column));
            }
        }
        return ids;
    }

    private static boolean hasUnitsOfMeasure(AnalyticsGrid grid) {
        return grid.metaData() != null
                && grid.metaData().items().values().stream().anyMatch(i -> i.unitOfMeasure() != null);
    }

    /** The unit of measure the grid's metadata gives an item, or an empty string. */
    public static String unitOfMeasure(AnalyticsGrid grid, String id) {
        AnalyticsGrid.MetaItem item =
                grid.metaData() == null ? null : grid.metaData().items().get(id);
        return item == null || item.unitOfMeasure() == null ? "" : item.unitOfMeasure();
    }

    private static String filterNames(AnalyticsGrid grid, String dim, String fallback) {
        List<String> ids =
                grid.metaData() == null ? null : grid.metaData().dimensions().get(dim);
        return ids == null || ids.isEmpty()
                ? fallback
                : String.join(", ", ids.stream().map(id -> name(grid, id)).toList());
    }

    /** The name the grid's metadata gives an id, or the id itself. */
    public static String name(AnalyticsGrid grid, String id) {
        AnalyticsGrid.MetaItem item =
                grid.metaData() == null ? null : grid.metaData().items().get(id);
        return item == null ? id : item.name();
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
