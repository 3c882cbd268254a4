package vn.toancanh.dashboard.internal;

import org.springframework.stereotype.Component;
import vn.toancanh.shared.DemoDataSize;
import vn.toancanh.shared.DemoDataStep;

/** The default dashboards as part of the demo, after the values (400) they show. */
@Component
class DashboardDemoData implements DemoDataStep {

    private final DefaultDashboards defaults;

    DashboardDemoData(DefaultDashboards defaults) {
        this.defaults = defaults;
    }

    @Override
    public int order() {
        return 460;
    }

    @Override
    public String name() {
        return "dashboard";
    }

    @Override
    public void load(DemoDataSize size, long seed) {
        defaults.ensure();
    }
}
