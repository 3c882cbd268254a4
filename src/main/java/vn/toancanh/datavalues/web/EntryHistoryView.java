package vn.toancanh.datavalues.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;
import vn.toancanh.datavalues.ValueChangeView;
import vn.toancanh.shared.VietnameseNumbers;

/** One line of a value's history as the entry page shows it: Vietnamese date and number formats. */
record EntryHistoryView(
        String changeType,
        String oldValue,
        String newValue,
        @Nullable String comment,
        String changedBy,
        String changedAt,
        String source) {

    /** Local government works on Vietnam time, whatever the server's zone. */
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    static EntryHistoryView from(ValueChangeView change) {
        return new EntryHistoryView(
                change.changeType(),
                VietnameseNumbers.format(change.oldValue()),
                VietnameseNumbers.format(change.newValue()),
                change.newComment(),
                change.changedBy(),
                WHEN.format(change.changedAt().atZone(VIETNAM)),
                change.source().name());
    }
}
