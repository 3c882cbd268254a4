package vn.toancanh.operations;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** What a citizen sees of a dossier by its code: where it stands and when it is due; nothing about the applicant. */
public record DossierLookup(
        String code,
        String procedureName,
        String sector,
        String unitName,
        String status,
        Instant receivedAt,
        Instant dueAt,
        @Nullable Instant completedAt,
        String timeliness) {}
