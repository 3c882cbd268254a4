package vn.toancanh.alerts;

import vn.toancanh.shared.Labelled;

/** How urgent an alert is; the colour of its marker and badge follows it. */
public enum AlertSeverity implements Labelled {
    INFO("Thông tin"),
    WARNING("Cảnh báo"),
    CRITICAL("Khẩn cấp");

    private final String labelVi;

    AlertSeverity(String labelVi) {
        this.labelVi = labelVi;
    }

    @Override
    public String labelVi() {
        return labelVi;
    }
}
