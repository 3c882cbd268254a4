package vn.toancanh.reports;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.toancanh.datavalues.DataValueQuery;
import vn.toancanh.shared.FileFormat;

/**
 * What a large export holds: the values of a data group or items, for units (with the units below them when
 * {@code children}), over periods by id or by a date range, as in the data value export.
 *
 * @param title the file's name and the job's label; default from the data group
 */
public record ExportRequest(
        @Nullable String title,
        @Nullable String dataGroup,
        @Nullable List<String> dataElements,
        @Nullable List<String> orgUnits,
        @Nullable Boolean children,
        @Nullable List<String> periods,
        @Nullable LocalDate startDate,
        @Nullable LocalDate endDate,
        @Nullable FileFormat format) {

    public DataValueQuery query() {
        return new DataValueQuery(
                dataGroup == null || dataGroup.isBlank() ? null : dataGroup.strip(),
                dataElements == null ? List.of() : dataElements,
                orgUnits == null ? List.of() : orgUnits,
                Boolean.TRUE.equals(children),
                periods == null ? List.of() : periods,
                startDate,
                endDate);
    }

    public FileFormat formatOrDefault() {
        return format == null ? FileFormat.XLSX : format;
    }
}
