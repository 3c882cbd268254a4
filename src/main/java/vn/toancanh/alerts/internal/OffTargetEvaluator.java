package vn.toancanh.alerts.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.toancanh.alerts.AlertRuleKind;
import vn.toancanh.analytics.AnalyticsService;
import vn.toancanh.analytics.DecisionViews;
import vn.toancanh.organisation.OrganisationService;
import vn.toancanh.organisation.UnitView;

/**
 * A figure behind its target of this year by more than the rule's percentage: below an "at least" target, above an
 * "at most" one.
 */
@Component
class OffTargetEvaluator implements RuleEvaluator {

    private final AnalyticsService analytics;
    private final FigureScan figures;
    private final OrganisationService organisation;

    OffTargetEvaluator(AnalyticsService analytics, FigureScan figures, OrganisationService organisation) {
        this.analytics = analytics;
        this.figures = figures;
        this.organisation = organisation;
    }

    @Override
    public AlertRuleKind kind() {
        return AlertRuleKind.OFF_TARGET;
    }

    @Override
    public List<Finding> evaluate(StoredRule rule) {
        BigDecimal allowed = rule.thresholdOr(BigDecimal.TEN);
        int year = OrganisationService.today().getYear();
        List<Finding> out = new ArrayList<>();
        for (DecisionViews.TargetStatus t : analytics.targets(rule.target(), figures.units(rule), year)) {
            if (t.percent() == null) {
                continue;
            }
            BigDecimal percent = BigDecimal.valueOf(t.percent());
            BigDecimal off = "AT_MOST".equals(t.direction())
                    ? percent.subtract(BigDecimal.valueOf(100))
                    : BigDecimal.valueOf(100).subtract(percent);
            if (off.compareTo(allowed) > 0) {
                UnitView unit = organisation.findByCode(t.ou()).orElse(null);
                String offText = ThresholdEvaluator.number(off.setScale(1, RoundingMode.HALF_UP));
                out.add(new Finding(
                        "ou:" + t.ou(),
                        rule.severity(),
                        0,
                        unit == null ? null : unit.id(),
                        rule.target() + " tại " + t.ouName() + " lệch kế hoạch " + offText + "%",
                        "Thực hiện " + ThresholdEvaluator.number(BigDecimal.valueOf(t.actual()))
                                + " so với kế hoạch năm " + year + " là "
                                + ThresholdEvaluator.number(BigDecimal.valueOf(t.target())) + " ("
                                + ThresholdEvaluator.number(percent) + "%; cho phép lệch " + allowed.toPlainString()
                                + "%)",
                        "/catalog/items/" + rule.target(),
                        off,
                        null,
                        null));
            }
        }
        return out;
    }
}
