package vn.toancanh.alerts;

/** Where an alert event stands. */
public enum AlertState {
    OPEN("Đang mở"),
    ACKNOWLEDGED("Đã tiếp nhận"),
    RESOLVED("Đã xử lý");

    private final String labelVi;

    AlertState(String labelVi) {
        this.labelVi = labelVi;
    }

    public String labelVi() {
        return labelVi;
    }
}
