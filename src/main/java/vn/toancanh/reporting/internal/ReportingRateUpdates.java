package vn.toancanh.reporting.internal;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.toancanh.reporting.ReportFormView;
import vn.toancanh.reporting.ReportReopened;
import vn.toancanh.reporting.ReportReturned;
import vn.toancanh.reporting.ReportSubmitted;
import vn.toancanh.shared.Period;

/**
 * Keeps the reporting rates current: after each submission, return or reopening (after commit, as the system), at
 * start-up and every hour for the periods that have begun since — a new period starts every unit at 0.
 */
@Component
@Order(10)
class ReportingRateUpdates implements ApplicationRunner {

    static final int RECENT_PERIODS = 3;

    private final ReportingRates rates;
    private final ReportFormRepository forms;
    private final ReportFormViews views;
    private final ReportClock clock;

    ReportingRateUpdates(ReportingRates rates, ReportFormRepository forms, ReportFormViews views, ReportClock clock) {
        this.rates = rates;
        this.forms = forms;
        this.views = views;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(ReportSubmitted e) {
        refresh(e.formCode(), e.period());
    }

    @ApplicationModuleListener
    void on(ReportReturned e) {
        refresh(e.formCode(), e.period());
    }

    @ApplicationModuleListener
    void on(ReportReopened e) {
        refresh(e.formCode(), e.period());
    }

    @Override
    public void run(ApplicationArguments args) {
        refreshRecent();
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1H")
    void refreshRecent() {
        for (ReportFormView form : views.of(forms.all())) {
            if (!form.active() || form.units().isEmpty()) {
                continue;
            }
            Period p = form.latestBegun(clock.today());
            for (int i = 0; i < RECENT_PERIODS; i++, p = p.previous()) {
                rates.refresh(form, p);
            }
        }
    }

    private void refresh(String formCode, String period) {
        forms.findByCode(formCode).map(views::of).ifPresent(f -> rates.refresh(f, Period.require(period, "period")));
    }
}
