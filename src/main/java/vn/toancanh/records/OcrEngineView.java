package vn.toancanh.records;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The text recognition engine as detected at start-up and its queue: whether tesseract runs with Vietnamese data, the
 * command, its version and languages, record counts by status, and the records waiting or being read.
 */
public record OcrEngineView(
        boolean available,
        String command,
        @Nullable String version,
        List<String> languages,
        @Nullable String problem,
        Map<OcrStatus, Long> counts,
        List<RecordView> queue) {}
