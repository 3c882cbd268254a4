package vn.toancanh.portal.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;
import vn.toancanh.shared.PageFormats;
import vn.toancanh.shared.VietnameseNumbers;

/** Numbers and times as Vietnamese readers write them (1.234,5; 03/12/2026), for the portal's templates. */
final class PortalFormats {

    static final PortalFormats INSTANCE = new PortalFormats();

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private PortalFormats() {}

    /** A stored value ("1234.5") as "1.234,5". */
    public String value(@Nullable String stored) {
        return stored == null ? "" : VietnameseNumbers.format(stored);
    }

    public String number(@Nullable Number value) {
        return PageFormats.INSTANCE.number(value);
    }

    /** The day in Vietnam: 03/12/2026. */
    public String date(@Nullable Instant at) {
        return at == null ? "" : PageFormats.INSTANCE.date(LocalDate.ofInstant(at, VIETNAM));
    }

    public String time(@Nullable Instant at) {
        return PageFormats.INSTANCE.time(at);
    }
}
