package vn.toancanh.records;

import org.jspecify.annotations.Nullable;

/**
 * What a record list is narrowed to: a type, a unit's subtree, a year or a month ({@code 2025}, {@code 202503}) of
 * the records' start date, an OCR status.
 */
public record RecordFilter(
        @Nullable String type,
        @Nullable String unit,
        @Nullable String period,
        @Nullable OcrStatus ocr) {

    public static RecordFilter none() {
        return new RecordFilter(null, null, null, null);
    }
}
