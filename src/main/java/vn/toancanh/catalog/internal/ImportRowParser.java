package vn.toancanh.catalog.internal;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.toancanh.catalog.AggregationType;
import vn.toancanh.catalog.CatalogImportResult.RowProblem;
import vn.toancanh.catalog.DataGroupView;
import vn.toancanh.catalog.DataItemInput;
import vn.toancanh.catalog.SharingLevel;
import vn.toancanh.catalog.ValueType;
import vn.toancanh.catalog.internal.CatalogFileReader.RawRow;
import vn.toancanh.catalog.internal.CatalogLookups.Resolved;
import vn.toancanh.shared.PeriodType;
import vn.toancanh.shared.VietnameseText;

/**
 * One import row → a {@link DataItemInput}. Cells that cannot be read (an unknown value type, abc as a number)
 * become problems here; blank optional cells take sensible defaults (internal sharing, active, the group's period).
 */
final class ImportRowParser {

    private static final Set<String> TRUE = Set.of("true", "1", "x", "co", "yes");
    private static final Set<String> FALSE = Set.of("false", "0", "khong", "no");

    private ImportRowParser() {}

    static DataItemInput parse(RawRow row, Resolved resolved, List<RowProblem> problems) {
        DataGroupView group = resolved.groups().get(row.get(CatalogColumn.GROUP));
        AggregationType aggregation = enumOf(AggregationType.class, row, CatalogColumn.AGGREGATION_TYPE, problems);
        AggregationType timeAggregation =
                enumOf(AggregationType.class, row, CatalogColumn.TIME_AGGREGATION_TYPE, problems);
        PeriodType period = enumOf(PeriodType.class, row, CatalogColumn.PERIOD_TYPE, problems);
        SharingLevel sharing = enumOf(SharingLevel.class, row, CatalogColumn.SHARING, problems);
        return new DataItemInput(
                row.get(CatalogColumn.CODE),
                row.get(CatalogColumn.NAME),
                row.get(CatalogColumn.NAME_EN),
                row.get(CatalogColumn.SHORT_NAME),
                row.get(CatalogColumn.DESCRIPTION),
                row.get(CatalogColumn.GROUP),
                row.get(CatalogColumn.UNIT_OF_MEASURE),
                enumOf(ValueType.class, row, CatalogColumn.VALUE_TYPE, problems),
                aggregation,
                timeAggregation == null && blank(row, CatalogColumn.TIME_AGGREGATION_TYPE)
                        ? aggregation
                        : timeAggregation,
                period == null && blank(row, CatalogColumn.PERIOD_TYPE) && group != null ? group.periodType() : period,
                row.get(CatalogColumn.CATEGORY_COMBO),
                row.get(CatalogColumn.OWNER_UNIT),
                list(row.get(CatalogColumn.REPORTING_UNITS)),
                sharing == null && blank(row, CatalogColumn.SHARING) ? SharingLevel.INTERNAL : sharing,
                row.get(CatalogColumn.SOURCE),
                row.get(CatalogColumn.LEGAL_BASIS),
                row.get(CatalogColumn.OFFICIAL_CODE),
                number(row, CatalogColumn.MIN_VALUE, problems),
                number(row, CatalogColumn.MAX_VALUE, problems),
                bool(row, problems));
    }

    /** Unit codes separated by semicolons or commas. */
    static List<String> list(String cell) {
        return Arrays.stream(cell.split("[;,]"))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private static boolean blank(RawRow row, CatalogColumn column) {
        return row.get(column).isBlank();
    }

    private static <E extends Enum<E>> @Nullable E enumOf(
            Class<E> type, RawRow row, CatalogColumn column, List<RowProblem> problems) {
        String cell = row.get(column);
        if (cell.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, cell.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            String allowed = String.join(
                    ", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
            problems.add(new RowProblem(
                    row.number(), column.key(), "Giá trị '" + cell + "' không hợp lệ; dùng một trong: " + allowed));
            return null;
        }
    }

    private static @Nullable BigDecimal number(RawRow row, CatalogColumn column, List<RowProblem> problems) {
        String cell = row.get(column).replace(" ", "");
        if (cell.isEmpty()) {
            return null;
        }
        // Accept the Vietnamese decimal comma ("12,5") as well as the point.
        String normalised = cell.contains(",") && !cell.contains(".") ? cell.replace(',', '.') : cell;
        try {
            return new BigDecimal(normalised);
        } catch (NumberFormatException e) {
            problems.add(new RowProblem(row.number(), column.key(), "'" + cell + "' không phải là số"));
            return null;
        }
    }

    private static boolean bool(RawRow row, List<RowProblem> problems) {
        String cell = VietnameseText.fold(row.get(CatalogColumn.ACTIVE));
        if (cell.isEmpty() || TRUE.contains(cell)) {
            return true;
        }
        if (!FALSE.contains(cell)) {
            problems.add(new RowProblem(
                    row.number(),
                    CatalogColumn.ACTIVE.key(),
                    "'" + cell + "' không hợp lệ; dùng true/false hoặc có/không"));
        }
        return false;
    }
}
