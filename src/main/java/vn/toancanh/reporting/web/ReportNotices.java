package vn.toancanh.reporting.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.toancanh.identity.IdentityService;
import vn.toancanh.reporting.ReportApproved;
import vn.toancanh.reporting.ReportReopened;
import vn.toancanh.reporting.ReportReturned;
import vn.toancanh.reporting.ReportSubmitted;
import vn.toancanh.reporting.ReportTask;
import vn.toancanh.reporting.ReportingService;

/**
 * The number beside "Báo cáo định kỳ" in the navigation: the signed-in user's reports due soon or overdue and those
 * waiting for their approval. Pages read it as {@code @reportNotices.count()}; it is kept a minute per user, as every
 * page shows it.
 */
@Component("reportNotices")
public class ReportNotices {

    private final ReportingService reporting;
    private final IdentityService identity;
    private final Cache<String, Integer> counts = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(1))
            .maximumSize(10_000)
            .build();

    ReportNotices(ReportingService reporting, IdentityService identity) {
        this.reporting = reporting;
        this.identity = identity;
    }

    /** A report moved: anyone's count may have changed (once the move is committed, so a recount sees it). */
    @TransactionalEventListener(
            classes = {ReportSubmitted.class, ReportApproved.class, ReportReturned.class, ReportReopened.class},
            fallbackExecution = true)
    void reportMoved() {
        counts.invalidateAll();
    }

    public int count() {
        return identity.currentUser()
                .map(user -> counts.get(user.username(), u -> (int) reporting.tasks().stream()
                        .filter(t -> t.kind() == ReportTask.Kind.APPROVE || t.reminder())
                        .count()))
                .orElse(0);
    }
}
