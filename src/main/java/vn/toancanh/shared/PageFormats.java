package vn.toancanh.shared;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Numbers, dates and times as Vietnamese pages show them: 1.234,5; 93,8 %; 18/11/2026; 18/11/2026 09:30 (Vietnam
 * time). Templates get it as {@code fmt}.
 */
public final class PageFormats {

    public static final PageFormats INSTANCE = new PageFormats();

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private PageFormats() {}

    public String date(@Nullable LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public String time(@Nullable Instant at) {
        return at == null ? "" : TIME.format(at.atZone(VIETNAM));
    }

    /** A number as Vietnamese read it (1.234,5), or a dash when missing. */
    public String number(@Nullable Number value) {
        return value == null
                ? "—"
                : VietnameseNumbers.format(BigDecimal.valueOf(value.doubleValue())
                        .stripTrailingZeros()
                        .toPlainString());
    }

    /** One decimal with a comma: 93,8 %. */
    public String percent(@Nullable Double value) {
        return value == null ? "—" : String.format(Locale.ROOT, "%.1f", value).replace('.', ',') + " %";
    }
}
