package vn.toancanh.operations;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A dossier as officers see it; in lists the applicant's name is masked ("Nguyễn V*** A**").
 *
 * @param history every status the dossier has had, oldest first (empty in lists)
 */
public record DossierView(
        String code,
        @Nullable String procedureCode,
        String procedureName,
        String sector,
        String unitCode,
        String unitName,
        DossierChannel channel,
        DossierStatus status,
        Instant receivedAt,
        Instant dueAt,
        @Nullable Instant completedAt,
        @Nullable Instant returnedAt,
        boolean feePaidOnline,
        String applicantKind,
        @Nullable String applicantName,
        Timeliness timeliness,
        List<Event> history) {

    public DossierView {
        history = List.copyOf(history);
    }

    public record Event(DossierStatus status, Instant at, String by) {}
}
