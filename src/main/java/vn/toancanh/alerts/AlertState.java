package vn.toancanh.alerts;

import vn.toancanh.shared.Labelled;

/** Where an alert event stands. */
public enum AlertState implements Labelled {
    OPEN("Đang mở"),
    ACKNOWLEDGED("Đã tiếp nhận"),
    RESOLVED("Đã xử lý");

    private final String labelVi;

    AlertState(String labelVi) {
        this.labelVi = labelVi;
    }

    @Override
    public String labelVi() {
        return labelVi;
    }
}
