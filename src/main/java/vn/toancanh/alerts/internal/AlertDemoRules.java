package vn.toancanh.alerts.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.toancanh.alerts.AlertRuleKind;
import vn.toancanh.alerts.AlertSeverity;
import vn.toancanh.alerts.Comparison;
import vn.toancanh.organisation.OrganisationService;
import vn.toancanh.organisation.UnitView;
import vn.toancanh.shared.DemoDataSize;
import vn.toancanh.shared.DemoDataStep;

/**
 * The district's warning rules: floods at every water-level station, forest-fire danger from level III, overdue tasks,
 * documents and citizens' feedback in any unit, more than five overdue dossiers in a unit, overdue periodic reports, and a commune whose
 * online dossier rate last month fell below 80 %; evaluated once so the demo opens with its alerts.
 */
@Component
class AlertDemoRules implements DemoDataStep {

    private static final String DISTRICT = "312";

    private final AlertRuleRepository rules;
    private final AlertEngine engine;
    private final OrganisationService organisation;

    AlertDemoRules(AlertRuleRepository rules, AlertEngine engine, OrganisationService organisation) {
        this.rules = rules;
        this.engine = engine;
        this.organisation = organisation;
    }

    @Override
    public int order() {
        return 600;
    }

    @Override
    public String name() {
        return "alerts";
    }

    @Override
    public void load(DemoDataSize size, long seed) {
        Long district = organisation.findByCode(DISTRICT).map(UnitView::id).orElse(null);
        if (size == DemoDataSize.MINIMAL || district == null) {
            return;
        }
        if (rules.find("PA-QUA-HAN").isEmpty()) {
            // added after the first rules, so a demo loaded before it gets it too
            rules.insert(rule(
                    "PA-QUA-HAN",
                    "Phản ánh của người dân quá hạn trả lời",
                    AlertRuleKind.OVERDUE,
                    AlertSeverity.WARNING,
                    "FEEDBACK",
                    district,
                    null,
                    BigDecimal.ZERO));
        }
        if (rules.find("LU-BAO-DONG").isPresent()) {
            return;
        }
        List<StoredRule> demo = List.of(
                rule(
                        "LU-BAO-DONG",
                        "Mực nước sông vượt báo động",
                        AlertRuleKind.FLOOD,
                        AlertSeverity.WARNING,
                        null,
                        null,
                        null,
                        null),
                rule(
                        "CHAY-RUNG",
                        "Cấp dự báo cháy rừng từ cấp III",
                        AlertRuleKind.FIRE_DANGER,
                        AlertSeverity.WARNING,
                        null,
                        null,
                        null,
                        BigDecimal.valueOf(3)),
                rule(
                        "NV-QUA-HAN",
                        "Nhiệm vụ được giao quá hạn",
                        AlertRuleKind.OVERDUE,
                        AlertSeverity.WARNING,
                        "TASKS",
                        district,
                        null,
                        BigDecimal.ZERO),
                rule(
                        "HS-QUA-HAN",
                        "Hồ sơ thủ tục hành chính quá hạn",
                        AlertRuleKind.OVERDUE,
                        AlertSeverity.WARNING,
                        "DOSSIERS",
                        district,
                        null,
                        BigDecimal.valueOf(5)),
                rule(
                        "VB-QUA-HAN",
                        "Văn bản đến quá hạn xử lý",
                        AlertRuleKind.OVERDUE,
                        AlertSeverity.INFO,
                        "DOCUMENTS",
                        district,
                        null,
                        BigDecimal.ZERO),
                rule(
                        "BC-QUA-HAN",
                        "Báo cáo định kỳ quá hạn",
                        AlertRuleKind.OVERDUE,
                        AlertSeverity.WARNING,
                        "REPORTS",
                        null,
                        null,
                        BigDecimal.ZERO),
                new StoredRule(
                        0,
                        "MC-TRUC-TUYEN-THAP",
                        "Tỷ lệ hồ sơ trực tuyến dưới 80 %",
                        AlertRuleKind.THRESHOLD,
                        AlertSeverity.INFO,
                        "IND-MC-TRUCTUYEN",
                        district,
                        true,
                        Comparison.LT,
                        BigDecimal.valueOf(80),
                        "LAST_MONTH",
                        List.of(),
                        null,
                        true,
                        Instant.now(),
                        "system"));
        for (StoredRule r : demo) {
            rules.insert(r);
        }
        rules.all().forEach(engine::evaluate);
    }

    private static StoredRule rule(
            String code,
            String name,
            AlertRuleKind kind,
            AlertSeverity severity,
            @Nullable String target,
            @Nullable Long unit,
            @Nullable Comparison comparison,
            @Nullable BigDecimal threshold) {
        return new StoredRule(
                0,
                code,
                name,
                kind,
                severity,
                target,
                unit,
                true,
                comparison,
                threshold,
                kind == AlertRuleKind.OVERDUE && !"REPORTS".equals(target) ? "THIS_MONTH" : null,
                List.of(),
                null,
                true,
                Instant.now(),
                "system");
    }
}
