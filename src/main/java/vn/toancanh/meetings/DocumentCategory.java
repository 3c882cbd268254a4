package vn.toancanh.meetings;

/** Report (báo cáo), draft (dự thảo), proposal (tờ trình), reference (tài liệu tham khảo), other. */
public enum DocumentCategory {
    REPORT,
    DRAFT,
    PROPOSAL,
    REFERENCE,
    OTHER
}
