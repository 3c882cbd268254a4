package vn.toancanh.records;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The records archive's settings.
 *
 * @param tesseract the tesseract command (a name on the PATH or a full path); run without a shell
 * @param language tesseract's language data
 * @param pageTimeout how long one page's recognition may take before it is given up
 * @param dpi the resolution PDF pages are rendered at for recognition
 * @param maxFileSize the largest file accepted
 * @param pollEvery how often the background job looks for queued records
 * @param workers how many records are read at once (one tesseract each, single-threaded); 0 for one per core
 */
@ConfigurationProperties("toancanh.records")
public record RecordsProperties(
        String tesseract,
        String language,
        Duration pageTimeout,
        int dpi,
        DataSize maxFileSize,
        Duration pollEvery,
        int workers) {

    public RecordsProperties {
        tesseract = tesseract == null || tesseract.isBlank() ? "tesseract" : tesseract.strip();
        language = language == null || language.isBlank() ? "vie" : language.strip();
        pageTimeout = pageTimeout == null ? Duration.ofSeconds(120) : pageTimeout;
        dpi = dpi <= 0 ? 300 : dpi;
        maxFileSize = maxFileSize == null ? DataSize.ofMegabytes(40) : maxFileSize;
        pollEvery = pollEvery == null ? Duration.ofSeconds(2) : pollEvery;
        workers = workers <= 0 ? Runtime.getRuntime().availableProcessors() : workers;
    }
}
