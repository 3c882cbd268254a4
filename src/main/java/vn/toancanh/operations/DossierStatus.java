package vn.toancanh.operations;

import vn.toancanh.shared.Labelled;

/** Where a dossier stands, with its Vietnamese name as the one-stop-shop portals write it. */
public enum DossierStatus implements Labelled {
    RECEIVED("Mới tiếp nhận"),
    PROCESSING("Đang xử lý"),
    SUPPLEMENT_REQUESTED("Chờ bổ sung"),
    RESOLVED("Đã có kết quả"),
    RETURNED("Đã trả kết quả"),
    WITHDRAWN("Đã rút hồ sơ");

    private final String labelVi;

    DossierStatus(String labelVi) {
        this.labelVi = labelVi;
    }

    @Override
    public String labelVi() {
        return labelVi;
    }

    /** Still being handled: counts towards "in progress" and may become overdue. */
    public boolean open() {
        return this == RECEIVED || this == PROCESSING || this == SUPPLEMENT_REQUESTED;
    }
}
