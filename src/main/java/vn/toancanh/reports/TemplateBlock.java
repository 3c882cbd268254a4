package vn.toancanh.reports;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One part of a {@link ReportTemplateView}, filled in for the period each time the report is generated.
 *
 * <ul>
 *   <li>{@code TEXT}: a heading and a paragraph whose placeholders become figures: {@code {{CODE}}} the item's value
 *       for the period, {@code {{CODE|luyke}}} since the start of the year, {@code {{CODE|cungky}}} the same period a
 *       year before, {@code {{CODE|sosanh}}} this period as a percentage of that one; {@code {{ky}}} and
 *       {@code {{donvi}}} name the period and the unit;
 *   <li>{@code TABLE}: the items as rows (this period, year to date, same period last year, comparison in %), or, with
 *       rows {@code UNITS}, the unit's direct subunits as rows and the items as columns;
 *   <li>{@code CHART}: the items over the {@code periods} periods up to this one, as a line or column chart with its
 *       table.
 * </ul>
 *
 * @param items data item or indicator codes ({@code ITEM.COMBO} for one disaggregation); none for a text block
 */
public record TemplateBlock(
        Kind kind, String heading, @Nullable String text, List<String> items, Rows rows, Chart chart, int periods) {

    public static final int MAX_PERIODS = 24;

    public TemplateBlock {
        items = items == null ? List.of() : List.copyOf(items);
    }

    public static TemplateBlock text(String heading, String text) {
        return new TemplateBlock(Kind.TEXT, heading, text, List.of(), Rows.ITEMS, Chart.LINE, 0);
    }

    public static TemplateBlock table(String heading, Rows rows, String... items) {
        return new TemplateBlock(Kind.TABLE, heading, null, List.of(items), rows, Chart.LINE, 0);
    }

    public static TemplateBlock chart(String heading, Chart chart, int periods, String... items) {
        return new TemplateBlock(Kind.CHART, heading, null, List.of(items), Rows.ITEMS, chart, periods);
    }

    public enum Kind {
        TEXT,
        TABLE,
        CHART
    }

    public enum Rows {
        ITEMS,
        UNITS
    }

    public enum Chart {
        LINE,
        BAR
    }
}
