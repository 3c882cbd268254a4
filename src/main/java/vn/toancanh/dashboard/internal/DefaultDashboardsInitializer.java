package vn.toancanh.dashboard.internal;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Installs without demo data get the default dashboards too, after the demo runner (order 0) when it runs. */
@Component
@Order(10)
class DefaultDashboardsInitializer implements ApplicationRunner {

    private final DefaultDashboards defaults;

    DefaultDashboardsInitializer(DefaultDashboards defaults) {
        this.defaults = defaults;
    }

    @Override
    public void run(ApplicationArguments args) {
        defaults.ensure();
    }
}
