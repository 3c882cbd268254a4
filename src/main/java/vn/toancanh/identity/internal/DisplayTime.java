package vn.toancanh.identity.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;

/** Times as Vietnamese users read them: local time of Vietnam, dd/MM/yyyy HH:mm. */
public final class DisplayTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final DateTimeFormatter DATE_TIME_SECONDS = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    private DisplayTime() {}

    public static String format(@Nullable Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(ZONE));
    }

    public static String formatSeconds(@Nullable Instant instant) {
        return instant == null ? "" : DATE_TIME_SECONDS.format(instant.atZone(ZONE));
    }
}
