package vn.toancanh.alerts;

import org.jspecify.annotations.Nullable;
import vn.toancanh.shared.Labelled;

/**
 * Whose overdue records an OVERDUE rule counts: tasks, dossiers, documents and citizens' feedback by their figures' catalog items (open past
 * their deadline now), reports by the reporting regime's completeness.
 */
public enum OverdueSource implements Labelled {
    TASKS("Nhiệm vụ quá hạn", "HC-NVG-MC-QH"),
    DOSSIERS("Hồ sơ quá hạn", "HC-TTHC-MC-QHCL"),
    DOCUMENTS("Văn bản quá hạn xử lý", "HC-VB-MC-QH"),
    FEEDBACK("Phản ánh quá hạn", "HC-PAKN-MC-QH"),
    REPORTS("Báo cáo định kỳ quá hạn", null);

    private final String labelVi;
    private final @Nullable String item;

    OverdueSource(String labelVi, @Nullable String item) {
        this.labelVi = labelVi;
        this.item = item;
    }

    @Override
    public String labelVi() {
        return labelVi;
    }

    /** The catalog item holding the count, or null when it is counted otherwise. */
    public @Nullable String item() {
        return item;
    }
}
