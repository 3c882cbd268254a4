package vn.toancanh.alerts.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.toancanh.alerts.AlertRuleInput;
import vn.toancanh.alerts.AlertRuleKind;
import vn.toancanh.alerts.AlertSeverity;
import vn.toancanh.alerts.Comparison;
import vn.toancanh.alerts.OverdueSource;
import vn.toancanh.catalog.CatalogService;
import vn.toancanh.organisation.OrganisationService;
import vn.toancanh.organisation.UnitView;
import vn.toancanh.sensors.SensorService;
import vn.toancanh.sensors.StationKind;
import vn.toancanh.shared.FieldProblem;
import vn.toancanh.shared.InvalidInputException;
import vn.toancanh.shared.Period;

/** Checks a rule as an admin wrote it and turns it into a row; every mistake is named with its field, in Vietnamese. */
@Component
public class AlertRuleValidator {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,59}");
    private static final List<String> RELATIVE = List.of(
            "THIS_MONTH", "LAST_MONTH", "THIS_QUARTER", "LAST_QUARTER", "THIS_YEAR", "LAST_YEAR", "YEAR_TO_DATE");

    private final CatalogService catalog;
    private final OrganisationService organisation;
    private final SensorService sensors;

    AlertRuleValidator(CatalogService catalog, OrganisationService organisation, SensorService sensors) {
        this.catalog = catalog;
        this.organisation = organisation;
        this.sensors = sensors;
    }

    public StoredRule check(AlertRuleInput in, @Nullable String fixedCode, String user) {
        List<FieldProblem> problems = new ArrayList<>();
        String code = fixedCode != null ? fixedCode : strip(in.code());
        if (code == null || !CODE.matcher(code).matches()) {
            problems.add(new FieldProblem("code", "Mã gồm chữ không dấu, số, dấu chấm, gạch ngang; tối đa 60 ký tự"));
        }
        String name = strip(in.name());
        if (name == null || name.length() > 300) {
            problems.add(new FieldProblem("name", "Nhập tên quy tắc (tối đa 300 ký tự)"));
        }
        AlertRuleKind kind = parse(AlertRuleKind.class, in.kind(), "kind", "Chọn loại quy tắc", problems);
        AlertSeverity severity = in.severity() == null || in.severity().isBlank()
                ? AlertSeverity.WARNING
                : parse(AlertSeverity.class, in.severity(), "severity", "Chọn mức độ", problems);
        String target = strip(in.target());
        Long unitId = null;
        String unitCode = strip(in.unit());
        if (unitCode != null) {
            unitId = organisation.findByCode(unitCode).map(UnitView::id).orElse(null);
            if (unitId == null) {
                problems.add(new FieldProblem("unit", "Không có đơn vị mã " + unitCode));
            }
        }
        Comparison comparison = null;
        BigDecimal threshold = in.threshold();
        String period = strip(in.period());
        List<BigDecimal> levels = in.levels() == null ? List.of() : List.copyOf(in.levels());
        if (kind != null) {
            switch (kind) {
                case THRESHOLD, OFF_TARGET -> {
                    if (target == null) {
                        problems.add(new FieldProblem("target", "Nhập mã chỉ tiêu hoặc chỉ số"));
                    } else if (catalog.findItemByCode(target).isEmpty()
                            && catalog.findIndicatorByCode(target).isEmpty()) {
                        problems.add(new FieldProblem("target", "Không có chỉ tiêu hay chỉ số mã " + target));
                    }
                    if (threshold == null) {
                        problems.add(new FieldProblem(
                                "threshold",
                                kind == AlertRuleKind.THRESHOLD ? "Nhập ngưỡng" : "Nhập tỷ lệ lệch cho phép (%)"));
                    } else if (kind == AlertRuleKind.OFF_TARGET && threshold.signum() < 0) {
                        problems.add(new FieldProblem("threshold", "Tỷ lệ lệch không được âm"));
                    }
                    if (kind == AlertRuleKind.THRESHOLD) {
                        comparison = in.comparison() == null || in.comparison().isBlank()
                                ? Comparison.GT
                                : parse(Comparison.class, in.comparison(), "comparison", "Chọn phép so sánh", problems);
                    }
                }
                case OVERDUE -> {
                    OverdueSource source = parse(
                            OverdueSource.class,
                            target,
                            "target",
                            "Chọn loại hồ sơ, nhiệm vụ, văn bản hay báo cáo",
                            problems);
                    target = source == null ? target : source.name();
                    if (threshold == null) {
                        threshold = BigDecimal.ZERO;
                    } else if (threshold.signum() < 0) {
                        problems.add(new FieldProblem("threshold", "Số lượng không được âm"));
                    }
                }
                case FLOOD, FIRE_DANGER -> {
                    StationKind wanted = kind == AlertRuleKind.FLOOD ? StationKind.WATER_LEVEL : StationKind.WEATHER;
                    if (target != null
                            && sensors.station(target)
                                    .filter(s -> s.kind() == wanted)
                                    .isEmpty()) {
                        problems.add(new FieldProblem(
                                "target",
                                kind == AlertRuleKind.FLOOD
                                        ? "Không có trạm đo mực nước mã " + target
                                        : "Không có trạm khí tượng mã " + target));
                    }
                    unitId = null;
                    if (kind == AlertRuleKind.FIRE_DANGER) {
                        if (threshold == null) {
                            threshold = BigDecimal.valueOf(3);
                        } else if (threshold.intValue() < 1 || threshold.intValue() > 5) {
                            problems.add(new FieldProblem("threshold", "Cấp thấp nhất để cảnh báo từ I đến V (1–5)"));
                        }
                        if (!levels.isEmpty() && !ascending(levels)) {
                            problems.add(new FieldProblem(
                                    "levels", "Nhập 4 ngưỡng tăng dần của chỉ số khô hạn cho cấp II, III, IV, V"));
                        }
                        if (in.rainReset() != null && in.rainReset().signum() <= 0) {
                            problems.add(new FieldProblem("rainReset", "Lượng mưa phải lớn hơn 0 mm"));
                        }
                    }
                }
            }
            if ((kind == AlertRuleKind.THRESHOLD || kind == AlertRuleKind.OVERDUE)
                    && period != null
                    && !RELATIVE.contains(period.toUpperCase(Locale.ROOT))
                    && Period.parse(period).isEmpty()) {
                problems.add(
                        new FieldProblem("period", "Kỳ là THIS_MONTH, LAST_MONTH, THIS_YEAR… hoặc mã kỳ như 202611"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        boolean levelled = kind == AlertRuleKind.FIRE_DANGER;
        return new StoredRule(
                0,
                code,
                name,
                kind,
                severity,
                target,
                kind == AlertRuleKind.FLOOD || kind == AlertRuleKind.FIRE_DANGER ? null : unitId,
                in.eachChild() == null || in.eachChild(),
                comparison,
                threshold,
                period == null ? null : period.toUpperCase(Locale.ROOT),
                levelled ? levels : List.of(),
                levelled ? in.rainReset() : null,
                in.active() == null || in.active(),
                Instant.now(),
                user);
    }

    private static boolean ascending(List<BigDecimal> levels) {
        if (levels.size() != 4) {
            return false;
        }
        for (int i = 0; i < levels.size(); i++) {
            if (levels.get(i) == null || levels.get(i).signum() <= 0) {
                return false;
            }
            if (i > 0 && levels.get(i).compareTo(levels.get(i - 1)) <= 0) {
                return false;
            }
        }
        return true;
    }

    private static <E extends Enum<E>> @Nullable E parse(
            Class<E> type, @Nullable String text, String field, String reason, List<FieldProblem> problems) {
        if (text != null && !text.isBlank()) {
            for (E e : type.getEnumConstants()) {
                if (e.name().equalsIgnoreCase(text.strip())) {
                    return e;
                }
            }
        }
        problems.add(new FieldProblem(field, reason));
        return null;
    }

    private static @Nullable String strip(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
