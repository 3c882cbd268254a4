package vn.toancanh.operations;

import vn.toancanh.shared.Labelled;

/** How far the handling unit has got with a document, as the e-office system says. */
public enum DocumentStatus implements Labelled {
    PENDING("Chờ xử lý"),
    PROCESSING("Đang xử lý"),
    DONE("Đã xử lý");

    private final String labelVi;

    DocumentStatus(String labelVi) {
        this.labelVi = labelVi;
    }

    @Override
    public String labelVi() {
        return labelVi;
    }
}
