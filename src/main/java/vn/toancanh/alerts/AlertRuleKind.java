package vn.toancanh.alerts;

import vn.toancanh.shared.Labelled;

/** What a rule watches. */
public enum AlertRuleKind implements Labelled {
    /** An item or indicator above or below a threshold, for a unit or each of its children. */
    THRESHOLD("Ngưỡng chỉ tiêu"),
    /** A figure off its year's target by more than a percentage. */
    OFF_TARGET("Lệch chỉ tiêu kế hoạch"),
    /** Overdue tasks, dossiers, documents or reports above a count. */
    OVERDUE("Quá hạn"),
    /** A water-level station's alarm level I–III from its thresholds. */
    FLOOD("Báo động lũ"),
    /** Forest-fire danger level I–V from a weather station's temperature, humidity and days without rain. */
    FIRE_DANGER("Cấp dự báo cháy rừng");

    private final String labelVi;

    AlertRuleKind(String labelVi) {
        this.labelVi = labelVi;
    }

    @Override
    public String labelVi() {
        return labelVi;
    }
}
