package vn.toancanh.reports.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import vn.toancanh.organisation.OrganisationService;

/** How the export page writes counts, sizes, times and durations: Vietnamese style. */
public final class ExportFormats {

    public static final ExportFormats INSTANCE = new ExportFormats();
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(OrganisationService.ZONE);
    private static final Locale VI = Locale.forLanguageTag("vi-VN");

    private ExportFormats() {}

    public String count(@Nullable Long n) {
        return n == null ? "–" : String.format(VI, "%,d", n);
    }

    public String size(@Nullable Long bytes) {
        if (bytes == null) {
            return "–";
        }
        return bytes < 1024 * 1024
                ? String.format(VI, "%,.0f KB", bytes / 1024.0)
                : String.format(VI, "%,.1f MB", bytes / (1024.0 * 1024));
    }

    public String time(@Nullable Instant at) {
        return at == null ? "–" : TIME.format(at);
    }

    public String seconds(@Nullable Long millis) {
        return millis == null ? "–" : String.format(VI, "%,.1f", millis / 1000.0);
    }
}
