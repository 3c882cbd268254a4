package vn.toancanh.dashboard.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Dashboard settings.
 *
 * @param district the unit code the dashboards show when a widget names none (the demo district, An Dương)
 * @param communeGroup the unit group a chart drills down to from the district
 * @param eventTimeout how long a page's event stream stays open before the browser reconnects
 * @param heartbeat how often an idle event stream gets a comment, so proxies keep it and dead ones are noticed
 */
@ConfigurationProperties("toancanh.dashboard")
public record DashboardProperties(
        @DefaultValue("312") String district,
        @DefaultValue("COMMUNES") String communeGroup,
        @DefaultValue("30m") Duration eventTimeout,
        @DefaultValue("20s") Duration heartbeat) {}
