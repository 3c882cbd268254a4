package vn.toancanh.portal.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Releases a new version of each open dataset whose content changed since its latest version: by default at 02:00 on
 * the first of each month, Vietnam time ({@code toancanh.portal.versions-cron}; {@code -} turns it off). Safe on
 * several instances: each dataset is compared and written under a database lock, so the second instance finds the
 * content unchanged.
 */
@Component
class DatasetVersionSchedule {

    private static final Logger log = LoggerFactory.getLogger(DatasetVersionSchedule.class);

    private final DatasetVersions versions;

    DatasetVersionSchedule(DatasetVersions versions) {
        this.versions = versions;
    }

    @Scheduled(cron = "${toancanh.portal.versions-cron:0 0 2 1 * *}", zone = "Asia/Ho_Chi_Minh")
    void monthly() {
        int made = versions.publishChanged("Phiên bản định kỳ hằng tháng");
        log.info("Open data: {} new dataset versions", made);
    }
}
