package vn.toancanh.alerts.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.springframework.stereotype.Component;
import vn.toancanh.analytics.AnalyticsGrid;
import vn.toancanh.analytics.AnalyticsRequest;
import vn.toancanh.analytics.AnalyticsService;
import vn.toancanh.organisation.OrganisationService;
import vn.toancanh.organisation.UnitView;

/** A figure of a period for the units a rule covers, read from the live analytics index. */
@Component
class FigureScan {

    /** One unit's figure. */
    record UnitFigure(UnitView unit, String itemName, BigDecimal value) {}

    private final AnalyticsService analytics;
    private final OrganisationService organisation;

    FigureScan(AnalyticsService analytics, OrganisationService organisation) {
        this.analytics = analytics;
        this.organisation = organisation;
    }

    /** The analytics {@code ou} dimension of a rule: its unit (or the top of the tree), or each unit under it. */
    String units(StoredRule rule) {
        if (rule.unitId() == null) {
            return rule.eachChild() ? "USER_ORGUNIT_CHILDREN" : "USER_ORGUNIT";
        }
        String code = organisation.findById(rule.unitId()).map(UnitView::code).orElseThrow();
        return rule.eachChild() ? code + ";CHILDREN" : code;
    }

    List<UnitFigure> scan(String dx, String period, String ou) {
        AnalyticsGrid grid =
                analytics.query(AnalyticsRequest.of("dx:" + dx, "ou:" + ou).withFilters("pe:" + period));
        List<UnitFigure> out = new ArrayList<>();
        if (grid.metaData() == null) {
            return out;
        }
        List<String> dxs = grid.metaData().dimensions().get("dx");
        String name = dxs == null || dxs.isEmpty() ? dx : name(grid, dxs.get(0), dx);
        String dxId = dxs == null || dxs.isEmpty() ? dx : dxs.get(0);
        List<String> units = grid.metaData().dimensions().get("ou");
        if (units == null) {
            return out;
        }
        var known = organisation.findByCodes(units);
        for (String u : units) {
            OptionalDouble value = grid.value(dxId, u);
            UnitView unit = known.get(u);
            if (value.isPresent() && unit != null) {
                out.add(new UnitFigure(unit, name, BigDecimal.valueOf(value.getAsDouble())));
            }
        }
        return out;
    }

    private static String name(AnalyticsGrid grid, String id, String fallback) {
        AnalyticsGrid.MetaItem item = grid.metaData().items().get(id);
        return item == null ? fallback : item.name();
    }
}
