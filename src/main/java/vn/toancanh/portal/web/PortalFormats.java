package vn.toancanh.portal.web;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import vn.toancanh.shared.PageFormats;
import vn.toancanh.shared.VietnameseNumbers;

/** Numbers and times as Vietnamese readers write them (1.234,5; 03/12/2026), for the portal's templates. */
final class PortalFormats {

    static final PortalFormats INSTANCE = new PortalFormats();

    private PortalFormats() {}

    /** A stored value ("1234.5") as "1.234,5". */
    public String value(@Nullable String stored) {
        return stored == null ? "" : VietnameseNumbers.format(stored);
    }

    public String number(@Nullable Number value) {
        return PageFormats.INSTANCE.number(value);
    }

    public String time(@Nullable Instant at) {
        return PageFormats.INSTANCE.time(at);
    }
}
