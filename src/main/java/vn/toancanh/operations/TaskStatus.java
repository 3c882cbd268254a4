package vn.toancanh.operations;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.toancanh.shared.Labelled;

/** Where a task stands, derived from its deadline and completion: never stored, always as of today. */
public enum TaskStatus implements Labelled {
    IN_PROGRESS("Đang thực hiện"),
    DUE_SOON("Sắp đến hạn"),
    OVERDUE("Quá hạn"),
    DONE_ON_TIME("Hoàn thành đúng hạn"),
    DONE_LATE("Hoàn thành trễ hạn");

    /** A task is due soon this many days before its deadline, the deadline included. */
    public static final int DUE_SOON_DAYS = 3;

    private final String labelVi;

    TaskStatus(String labelVi) {
        this.labelVi = labelVi;
    }

    @Override
    public String labelVi() {
        return labelVi;
    }

    public boolean done() {
        return this == DONE_ON_TIME || this == DONE_LATE;
    }

    public static TaskStatus of(LocalDate deadline, @Nullable LocalDate completedOn, LocalDate today) {
        if (completedOn != null) {
            return completedOn.isAfter(deadline) ? DONE_LATE : DONE_ON_TIME;
        }
        if (today.isAfter(deadline)) {
            return OVERDUE;
        }
        return today.plusDays(DUE_SOON_DAYS).isAfter(deadline) ? DUE_SOON : IN_PROGRESS;
    }
}
