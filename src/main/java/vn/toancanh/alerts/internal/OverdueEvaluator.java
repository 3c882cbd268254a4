package vn.toancanh.alerts.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.toancanh.alerts.AlertRuleKind;
import vn.toancanh.alerts.OverdueSource;
import vn.toancanh.reporting.CompletenessView;
import vn.toancanh.reporting.ReportFormView;
import vn.toancanh.reporting.ReportingService;

/**
 * More overdue records than the rule allows: tasks, dossiers and documents open past their deadline now (their
 * figures' items for this month, per unit); reports not sent past their deadline (per form and period).
 */
@Component
class OverdueEvaluator implements RuleEvaluator {

    private static final int REPORT_PERIODS = 3;

    private final FigureScan figures;
    private final ReportingService reporting;

    OverdueEvaluator(FigureScan figures, ReportingService reporting) {
        this.figures = figures;
        this.reporting = reporting;
    }

    @Override
    public AlertRuleKind kind() {
        return AlertRuleKind.OVERDUE;
    }

    @Override
    public List<Finding> evaluate(StoredRule rule) {
        OverdueSource source = OverdueSource.valueOf(rule.target());
        BigDecimal above = rule.thresholdOr(BigDecimal.ZERO);
        return source == OverdueSource.REPORTS ? reports(rule, above) : records(rule, source, above);
    }

    private List<Finding> records(StoredRule rule, OverdueSource source, BigDecimal above) {
        List<Finding> out = new ArrayList<>();
        for (FigureScan.UnitFigure f : figures.scan(source.item(), rule.periodOr("THIS_MONTH"), figures.units(rule))) {
            if (f.value().compareTo(above) > 0) {
                String count = ThresholdEvaluator.number(f.value());
                out.add(new Finding(
                        "ou:" + f.unit().code(),
                        rule.severity(),
                        0,
                        f.unit().id(),
                        source.labelVi() + ": " + count + " tại " + f.unit().name(),
                        f.unit().name() + " có " + count + " " + noun(source) + " quá hạn (ngưỡng cảnh báo: trên "
                                + ThresholdEvaluator.number(above) + ")",
                        link(source, f.unit().code()),
                        f.value(),
                        null,
                        null));
            }
        }
        return out;
    }

    private List<Finding> reports(StoredRule rule, BigDecimal above) {
        List<Finding> out = new ArrayList<>();
        for (ReportFormView form : reporting.forms()) {
            if (!form.active()) {
                continue;
            }
            CompletenessView view = reporting.completeness(form.code(), REPORT_PERIODS);
            for (CompletenessView.Total t : view.totals()) {
                if (BigDecimal.valueOf(t.overdue()).compareTo(above) > 0) {
                    out.add(new Finding(
                            "form:" + form.code() + ":" + t.period(),
                            rule.severity(),
                            0,
                            null,
                            "Báo cáo quá hạn: " + t.overdue() + " đơn vị chưa gửi " + form.name() + " " + t.label(),
                            t.overdue() + "/" + t.expected() + " đơn vị chưa gửi báo cáo " + form.name() + " kỳ "
                                    + t.label() + " dù đã quá hạn",
                            "/reporting/" + form.code(),
                            BigDecimal.valueOf(t.overdue()),
                            null,
                            null));
                }
            }
        }
        return out;
    }

    private static String noun(OverdueSource source) {
        return switch (source) {
            case TASKS -> "nhiệm vụ";
            case DOSSIERS -> "hồ sơ";
            case DOCUMENTS -> "văn bản";
            case FEEDBACK -> "phản ánh";
            case REPORTS -> "báo cáo";
        };
    }

    private static String link(OverdueSource source, String unit) {
        return switch (source) {
            case TASKS -> "/operations/tasks?status=OVERDUE&unit=" + unit;
            case DOSSIERS -> "/operations/dossiers?timeliness=OVERDUE&unit=" + unit;
            case DOCUMENTS -> "/operations/documents?overdue=true&unit=" + unit;
            case FEEDBACK -> "/feedback?timeliness=OVERDUE&unit=" + unit;
            case REPORTS -> "/reporting";
        };
    }
}
