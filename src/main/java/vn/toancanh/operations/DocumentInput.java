package vn.toancanh.operations;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A document of the registry as the e-office system sends it (JSON, or a CSV row with the same column names, without
 * the attachment).
 *
 * @param code the e-office system's id of the entry: an entry sent again with the same code updates it
 * @param direction INCOMING (văn bản đến) or OUTGOING (văn bản đi)
 * @param number number and symbol, e.g. {@code 125/UBND-VP}
 * @param issuedOn the document's date
 * @param receivedOn incoming only: the day it arrived (default: its date)
 * @param counterpart the issuer of an incoming document, the recipients of an outgoing one
 * @param type Công văn, Quyết định, Kế hoạch, Báo cáo, …
 * @param summary trích yếu
 * @param unit the handling unit's code
 * @param status PENDING, PROCESSING or DONE
 * @param completedOn the day it was handled (required when DONE) — decides on time or late against {@code deadline}
 * @param attachmentBase64 the attached PDF, Base64-encoded; its text is searched. Absent: the stored one is kept
 */
public record DocumentInput(
        @Nullable String code,
        @Nullable String direction,
        @Nullable String number,
        @Nullable LocalDate issuedOn,
        @Nullable LocalDate receivedOn,
        @Nullable String counterpart,
        @Nullable String type,
        @Nullable String summary,
        @Nullable String unit,
        @Nullable String handler,
        @Nullable LocalDate deadline,
        @Nullable String status,
        @Nullable LocalDate completedOn,
        @Nullable Boolean digitallySigned,
        @Nullable String attachmentName,
        @Nullable String attachmentBase64) {}
