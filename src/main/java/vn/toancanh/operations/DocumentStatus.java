package vn.toancanh.operations;

/** How far the handling unit has got with a document, as the e-office system says. */
public enum DocumentStatus {
    PENDING("Chờ xử lý"),
    PROCESSING("Đang xử lý"),
    DONE("Đã xử lý");

    private final String labelVi;

    DocumentStatus(String labelVi) {
        this.labelVi = labelVi;
    }

    public String labelVi() {
        return labelVi;
    }
}
