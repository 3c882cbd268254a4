package vn.toancanh.reports.internal;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Report settings.
 *
 * @param issuer the unit code whose header a report carries when its author belongs to no unit (leaders, admins)
 * @param exportDir where large exports are written while they run (then stored with their job); default a folder
 *     {@code toancanh-exports} in the system's temporary folder
 * @param exportThreads how many large exports run at once; more wait their turn
 * @param mailFrom the sender of the reports sent to subscribers
 * @param baseUrl the application's public address, for the links in those e-mails
 * @param scheduleCron when scheduled aggregate reports are looked for, in Vietnam's time zone
 */
@ConfigurationProperties("toancanh.reports")
public record ReportsProperties(
        @DefaultValue("312") String issuer,
        @Nullable Path exportDir,
        @DefaultValue("2") int exportThreads,
        @DefaultValue("Toàn Cảnh <toancanh@localhost>") String mailFrom,
        @DefaultValue("http://localhost:8080") String baseUrl,
        @DefaultValue("0 30 6 * * *") String scheduleCron) {

    /** The folder large exports are written to. */
    public Path exportFolder() {
        return exportDir != null ? exportDir : Path.of(System.getProperty("java.io.tmpdir"), "toancanh-exports");
    }
}
