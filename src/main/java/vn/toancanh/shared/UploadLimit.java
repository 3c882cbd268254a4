package vn.toancanh.shared;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * The message for an upload over the server's limit. The servlet container does not say which limit it was (Spring
 * reports -1), so the configured largest file is named instead.
 */
@Component
public class UploadLimit {

    private final Environment environment;

    UploadLimit(Environment environment) {
        this.environment = environment;
    }

    /** "Tệp quá lớn (tối đa 50 MB)". */
    public String message(MaxUploadSizeExceededException e) {
        return "Tệp quá lớn (tối đa " + megabytes(e.getMaxUploadSize() > 0 ? e.getMaxUploadSize() : maxFileBytes())
                + " MB)";
    }

    /** The configured largest file in megabytes, as a page writes it ("50", "2,5"). */
    public String maxFileMegabytes() {
        return megabytes(maxFileBytes());
    }

    private long maxFileBytes() {
        return environment
                .getProperty("spring.servlet.multipart.max-file-size", DataSize.class, DataSize.ofMegabytes(1))
                .toBytes();
    }

    private static String megabytes(long bytes) {
        return PageFormats.INSTANCE.number(Math.round(bytes / 104857.6) / 10.0);
    }
}
