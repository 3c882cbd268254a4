package vn.toancanh.records;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.toancanh.catalog.SharingLevel;

/**
 * A record's metadata as a form, the API or an import row sends it.
 *
 * @param unit the owning unit's code
 * @param retention how long it is kept: {@code 10 năm}, {@code 20 năm}, {@code vĩnh viễn}
 * @param pageCount the pages of the paper record; null: counted from the files
 */
public record RecordInput(
        String code,
        String title,
        String type,
        String unit,
        @Nullable String subjectName,
        @Nullable LocalDate dateFrom,
        @Nullable LocalDate dateTo,
        String retention,
        @Nullable SharingLevel sharing,
        @Nullable Integer pageCount) {}
