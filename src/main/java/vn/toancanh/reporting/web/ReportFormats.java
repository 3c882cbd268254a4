package vn.toancanh.reporting.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;
import vn.toancanh.reporting.internal.ReportClock;

/** Dates and times as Vietnamese pages show them: 18/11/2026, 18/11/2026 09:30 (Vietnam time). */
public final class ReportFormats {

    static final ReportFormats INSTANCE = new ReportFormats();

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private ReportFormats() {}

    public String date(@Nullable LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public String time(@Nullable Instant at) {
        return at == null ? "" : TIME.format(at.atZone(ReportClock.ZONE));
    }

    /** A number as Vietnamese read it (1.234,5), or a dash when missing. */
    public String number(@Nullable Double value) {
        return value == null
                ? "—"
                : vn.toancanh.shared.VietnameseNumbers.format(
                        java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString());
    }

    /** One decimal with a comma: 93,8. */
    public String percent(@Nullable Double value) {
        return value == null
                ? "—"
                : String.format(java.util.Locale.ROOT, "%.1f", value).replace('.', ',') + " %";
    }
}
