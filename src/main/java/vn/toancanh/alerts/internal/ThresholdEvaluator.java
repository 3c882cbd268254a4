package vn.toancanh.alerts.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.toancanh.alerts.AlertRuleKind;
import vn.toancanh.alerts.Comparison;
import vn.toancanh.shared.PageFormats;

/** An item or indicator of a period crossing the rule's threshold, for each unit the rule covers. */
@Component
class ThresholdEvaluator implements RuleEvaluator {

    private final FigureScan figures;

    ThresholdEvaluator(FigureScan figures) {
        this.figures = figures;
    }

    @Override
    public AlertRuleKind kind() {
        return AlertRuleKind.THRESHOLD;
    }

    @Override
    public List<Finding> evaluate(StoredRule rule) {
        Comparison comparison = rule.comparison() == null ? Comparison.GT : rule.comparison();
        BigDecimal threshold = rule.thresholdOr(BigDecimal.ZERO);
        List<Finding> out = new ArrayList<>();
        for (FigureScan.UnitFigure f : figures.scan(rule.target(), rule.periodOr("THIS_MONTH"), figures.units(rule))) {
            if (comparison.holds(f.value(), threshold)) {
                out.add(new Finding(
                        "ou:" + f.unit().code(),
                        rule.severity(),
                        0,
                        f.unit().id(),
                        f.itemName() + " tại " + f.unit().name() + ": " + number(f.value()),
                        f.itemName() + " (" + rule.periodOr("THIS_MONTH") + ") là " + number(f.value()) + ", "
                                + comparison.symbol() + " ngưỡng " + number(threshold),
                        "/catalog/items/" + rule.target(),
                        f.value(),
                        null,
                        null));
            }
        }
        return out;
    }

    static String number(BigDecimal n) {
        return PageFormats.INSTANCE.number(n);
    }
}
