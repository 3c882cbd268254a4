package vn.toancanh.records;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.toancanh.catalog.SharingLevel;

/**
 * A record as a reader sees it; {@code subjectName} is null unless the reader reads the owning unit's records (it is
 * personal data), {@code excerpt} the words of its text around a search's match.
 */
public record RecordView(
        String code,
        String title,
        String type,
        String typeName,
        String unitCode,
        String unitName,
        @Nullable String subjectName,
        LocalDate dateFrom,
        @Nullable LocalDate dateTo,
        String retention,
        SharingLevel sharing,
        int pageCount,
        OcrStatus ocrStatus,
        int ocrPages,
        int ocrDone,
        @Nullable String ocrError,
        Instant createdAt,
        String createdBy,
        @Nullable String excerpt,
        List<FileView> files,
        List<PageView> pages) {

    /** Progress of the text recognition in whole per cent. */
    public int ocrPercent() {
        return ocrPages == 0 ? 0 : Math.min(100, ocrDone * 100 / ocrPages);
    }

    /** A stored file: {@code position} from 1, as it is downloaded. */
    public record FileView(int position, String name, String mediaType, long sizeBytes, int pageCount) {}

    /** One page's text; {@code ocr} false when it came from the PDF's text layer. */
    public record PageView(int file, int page, boolean ocr, String text) {}
}
