package vn.toancanh.feedback;

import vn.toancanh.shared.Labelled;

/** Where a request is in its handling; Open311 sees the first three as {@code open}, the rest as {@code closed}. */
public enum FeedbackStatus implements Labelled {
    NEW("Mới tiếp nhận"),
    ASSIGNED("Đã chuyển đơn vị xử lý"),
    IN_PROGRESS("Đang xử lý"),
    RESOLVED("Đã xử lý, đã trả lời"),
    CLOSED("Đã đóng"),
    REJECTED("Không xử lý");

    private final String labelVi;

    FeedbackStatus(String labelVi) {
        this.labelVi = labelVi;
    }

    @Override
    public String labelVi() {
        return labelVi;
    }

    /** Still waiting for an answer: counts against its deadline. */
    public boolean open() {
        return this == NEW || this == ASSIGNED || this == IN_PROGRESS;
    }

    /** The Open311 status: {@code open} or {@code closed}. */
    public String open311() {
        return open() ? "open" : "closed";
    }
}
