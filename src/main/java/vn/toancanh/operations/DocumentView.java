package vn.toancanh.operations;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A registered document as officers see it.
 *
 * @param deadlineState where it stands against its deadline today; null without a deadline
 * @param excerpt with a search, the words of the attachment around the first one that matched; otherwise null
 * @param history status changes, oldest first (only on the single-document view)
 */
public record DocumentView(
        String code,
        DocumentDirection direction,
        String number,
        LocalDate issuedOn,
        @Nullable LocalDate receivedOn,
        String counterpart,
        String type,
        String summary,
        String unitCode,
        String unitName,
        @Nullable String handler,
        @Nullable LocalDate deadline,
        DocumentStatus status,
        @Nullable LocalDate completedOn,
        boolean digitallySigned,
        @Nullable String attachmentName,
        @Nullable TaskStatus deadlineState,
        @Nullable String excerpt,
        List<Event> history) {

    /** A status the document entered, when and by whom. */
    public record Event(DocumentStatus status, Instant at, String by) {}
}
