package vn.toancanh.reports.internal;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Report settings.
 *
 * @param issuer the unit code whose header a report carries when its author belongs to no unit (leaders, admins)
 * @param exportDir where large exports are written until they are downloaded or expire
 * @param exportThreads how many large exports run at once; more wait their turn
 */
@ConfigurationProperties("toancanh.reports")
public record ReportsProperties(
        @DefaultValue("312") String issuer,
        @DefaultValue("${java.io.tmpdir}/toancanh-exports") Path exportDir,
        @DefaultValue("2") int exportThreads) {}
