package vn.toancanh.operations;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.toancanh.organisation.OrganisationService;
import vn.toancanh.shared.Labelled;

/**
 * A dossier's timeliness: resolved before its due day, on it, or after it; or, while open, in time or overdue. Days
 * are Vietnam's calendar days, as the portals count them.
 */
public enum Timeliness implements Labelled {
    EARLY("Trước hạn"),
    ON_TIME("Đúng hạn"),
    LATE("Trễ hạn"),
    IN_PROGRESS("Đang giải quyết"),
    OVERDUE("Quá hạn"),
    WITHDRAWN("Đã rút");

    private final String labelVi;

    Timeliness(String labelVi) {
        this.labelVi = labelVi;
    }

    @Override
    public String labelVi() {
        return labelVi;
    }

    /** The timeliness of a dossier as of {@code now}. */
    public static Timeliness of(DossierStatus status, Instant due, @Nullable Instant completed, Instant now) {
        if (status == DossierStatus.WITHDRAWN) {
            return WITHDRAWN;
        }
        if (completed == null || status.open()) {
            return now.isAfter(due) ? OVERDUE : IN_PROGRESS;
        }
        LocalDate dueDay = LocalDate.ofInstant(due, OrganisationService.ZONE);
        LocalDate doneDay = LocalDate.ofInstant(completed, OrganisationService.ZONE);
        if (doneDay.isBefore(dueDay)) {
            return EARLY;
        }
        return doneDay.isEqual(dueDay) ? ON_TIME : LATE;
    }
}
