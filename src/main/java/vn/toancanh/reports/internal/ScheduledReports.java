package vn.toancanh.reports.internal;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.toancanh.organisation.OrganisationService;
import vn.toancanh.reports.ReportTemplates;

/**
 * Each morning, generates the aggregate reports whose day has come and sends them to their subscribers. A report is
 * issued once per period however many instances run this (the library keeps one scheduled report per period).
 */
@Component
class ScheduledReports {

    private final ReportTemplates templates;

    ScheduledReports(ReportTemplates templates) {
        this.templates = templates;
    }

    @Scheduled(cron = "${toancanh.reports.schedule-cron:0 30 6 * * *}", zone = "Asia/Ho_Chi_Minh")
    void daily() {
        templates.runSchedule(OrganisationService.today());
    }
}
