package vn.toancanh.alerts;

/** How urgent an alert is; the colour of its marker and badge follows it. */
public enum AlertSeverity {
    INFO("Thông tin"),
    WARNING("Cảnh báo"),
    CRITICAL("Khẩn cấp");

    private final String labelVi;

    AlertSeverity(String labelVi) {
        this.labelVi = labelVi;
    }

    public String labelVi() {
        return labelVi;
    }
}
