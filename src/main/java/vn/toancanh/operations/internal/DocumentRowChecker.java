package vn.toancanh.operations.internal;

import static vn.toancanh.operations.internal.RowChecks.required;
import static vn.toancanh.operations.internal.RowChecks.strip;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.toancanh.operations.DocumentDirection;
import vn.toancanh.operations.DocumentInput;
import vn.toancanh.operations.DocumentStatus;
import vn.toancanh.organisation.UnitView;
import vn.toancanh.shared.FieldProblem;

/**
 * Checks one imported document, naming each mistake as {@code rows[n].field} in Vietnamese: required fields and
 * their lengths, known values, the handling unit and the writer's right to it, dates in order, a handled date exactly
 * when handled, an attachment that is a readable PDF.
 */
final class DocumentRowChecker {

    /** An attachment may be this large. */
    static final int MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

    /** A checked row: the document as it will be stored (id 0) and its new attachment, if one came with it. */
    record Checked(DocumentRepository.Stored document, DocumentRepository.@Nullable Attachment attachment) {}

    private final RowChecks.Units units;

    DocumentRowChecker(RowChecks.Units units) {
        this.units = units;
    }

    @Nullable
    Checked check(int row, DocumentInput in, List<FieldProblem> problems) {
        int before = problems.size();
        String f = "rows[" + row + "].";
        String code = RowChecks.code(in.code(), f + "code", "văn bản", problems);
        DocumentDirection direction = RowChecks.oneOf(
                DocumentDirection.class,
                in.direction(),
                f + "direction",
                "Sổ văn bản là INCOMING (đến) hoặc OUTGOING (đi)",
                problems);
        String number = required(in.number(), 100, f + "number", "số, ký hiệu", problems);
        String counterpart = required(
                in.counterpart(),
                300,
                f + "counterpart",
                direction == DocumentDirection.OUTGOING ? "nơi nhận" : "cơ quan ban hành",
                problems);
        String type = required(in.type(), 100, f + "type", "loại văn bản", problems);
        String summary = required(in.summary(), 2000, f + "summary", "trích yếu", problems);
        String handler = strip(in.handler());
        if (handler != null && handler.length() > 200) {
            problems.add(new FieldProblem(f + "handler", "Tên người xử lý tối đa 200 ký tự"));
        }
        if (in.issuedOn() == null) {
            problems.add(new FieldProblem(f + "issuedOn", "Cần ngày văn bản"));
        }
        if (in.receivedOn() != null) {
            if (direction == DocumentDirection.OUTGOING) {
                problems.add(new FieldProblem(f + "receivedOn", "Văn bản đi không có ngày đến"));
            } else if (in.issuedOn() != null && in.receivedOn().isBefore(in.issuedOn())) {
                problems.add(new FieldProblem(f + "receivedOn", "Ngày đến không thể trước ngày văn bản"));
            }
        }
        if (in.deadline() != null && in.issuedOn() != null && in.deadline().isBefore(in.issuedOn())) {
            problems.add(new FieldProblem(f + "deadline", "Hạn xử lý không thể trước ngày văn bản"));
        }
        UnitView unit = units.check(in.unit(), f + "unit", "Cần mã đơn vị xử lý", "văn bản", problems);
        DocumentStatus status = RowChecks.oneOf(
                DocumentStatus.class,
                in.status(),
                f + "status",
                "Trạng thái là PENDING, PROCESSING hoặc DONE",
                problems);
        if (status == DocumentStatus.DONE && in.completedOn() == null) {
            problems.add(new FieldProblem(f + "completedOn", "Văn bản đã xử lý cần ngày xử lý xong"));
        } else if (status != null && status != DocumentStatus.DONE && in.completedOn() != null) {
            problems.add(new FieldProblem(f + "completedOn", "Chỉ văn bản đã xử lý (DONE) mới có ngày xử lý xong"));
        }
        if (in.completedOn() != null
                && in.issuedOn() != null
                && in.completedOn().isBefore(in.issuedOn())) {
            problems.add(new FieldProblem(f + "completedOn", "Ngày xử lý xong không thể trước ngày văn bản"));
        }
        DocumentRepository.Attachment attachment = attachment(in, f, problems);
        if (problems.size() > before) {
            return null;
        }
        return new Checked(
                new DocumentRepository.Stored(
                        0,
                        code,
                        direction,
                        number,
                        in.issuedOn(),
                        in.receivedOn(),
                        counterpart,
                        type,
                        summary,
                        unit.id(),
                        handler,
                        in.deadline(),
                        status,
                        in.completedOn(),
                        Boolean.TRUE.equals(in.digitallySigned()),
                        attachment == null ? null : attachment.name(),
                        attachment == null ? null : md5(attachment.content())),
                attachment);
    }

    private static DocumentRepository.@Nullable Attachment attachment(
            DocumentInput in, String f, List<FieldProblem> problems) {
        String encoded = strip(in.attachmentBase64());
        if (encoded == null) {
            return null;
        }
        byte[] content;
        try {
            content = Base64.getMimeDecoder().decode(encoded);
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(f + "attachmentBase64", "Tệp đính kèm không phải Base64"));
            return null;
        }
        return attachment(strip(in.attachmentName()), content, f, problems);
    }

    /** A PDF checked for size and readability, with its text; null (and a problem) when it is not one. */
    static DocumentRepository.@Nullable Attachment attachment(
            @Nullable String name, byte[] content, String f, List<FieldProblem> problems) {
        if (content.length > MAX_ATTACHMENT_BYTES) {
            problems.add(new FieldProblem(f + "attachmentBase64", "Tệp đính kèm tối đa 10 MB"));
            return null;
        }
        if (!DocumentText.isPdf(content)) {
            problems.add(new FieldProblem(f + "attachmentBase64", "Tệp đính kèm phải là PDF"));
            return null;
        }
        try {
            String fileName = name == null || name.isBlank() ? "van-ban.pdf" : name.strip();
            if (fileName.length() > 255) {
                fileName = fileName.substring(fileName.length() - 255);
            }
            return new DocumentRepository.Attachment(fileName, content, DocumentText.of(content));
        } catch (IOException e) {
            problems.add(new FieldProblem(f + "attachmentBase64", "Không đọc được tệp PDF đính kèm"));
            return null;
        }
    }

    static String md5(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
