package vn.toancanh.reporting.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.stereotype.Component;

/** Today in Vietnam, where deadlines fall; tests move it. */
@Component
public class ReportClock {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private volatile Clock clock = Clock.system(ZONE);

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public java.time.Instant now() {
        return clock.instant();
    }

    /** For tests: a fixed or offset clock. */
    public void use(Clock clock) {
        this.clock = clock;
    }
}
