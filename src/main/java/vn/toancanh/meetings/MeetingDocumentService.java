package vn.toancanh.meetings;

import java.io.IOException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.toancanh.identity.AuditService;
import vn.toancanh.identity.CurrentUser;
import vn.toancanh.meetings.internal.MeetingDocumentRepository;
import vn.toancanh.meetings.internal.MeetingPdf;
import vn.toancanh.meetings.internal.MeetingsProperties;
import vn.toancanh.meetings.internal.Watermark;
import vn.toancanh.shared.FieldProblem;
import vn.toancanh.shared.InvalidInputException;
import vn.toancanh.shared.NotFoundException;

/**
 * A session's documents: uploads (PDF by its bytes, every version kept), reading (each copy watermarked with the
 * reader's name and the time), personal notes and the search over the text of every document the reader may see.
 */
@Service
public class MeetingDocumentService {

    private static final DateTimeFormatter STAMP_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final MeetingService meetings;
    private final MeetingDocumentRepository documents;
    private final MeetingsProperties properties;
    private final AuditService audit;

    MeetingDocumentService(
            MeetingService meetings,
            MeetingDocumentRepository documents,
            MeetingsProperties properties,
            AuditService audit) {
        this.meetings = meetings;
        this.documents = documents;
        this.properties = properties;
        this.audit = audit;
    }

    public List<MeetingDocumentView> documents(long sessionId) {
        return documents.ofSession(meetings.session(sessionId).id());
    }

    /** The document if its session is visible to the current user; 404 otherwise. */
    public MeetingDocumentView document(long id) {
        MeetingDocumentView d =
                documents.find(id).orElseThrow(() -> NotFoundException.of("tài liệu", String.valueOf(id)));
        meetings.session(d.sessionId());
        return d;
    }

    public List<VersionView> versions(long documentId) {
        return documents.versions(document(documentId).id());
    }

    public int maxMegabytes() {
        return properties.maxFileMegabytes();
    }

    /**
     * Adds a document, or a new version of the one named by {@code documentId} or of the session's document of the
     * same title; older versions stay.
     *
     * @return the document's id
     */
    @Transactional
    public long upload(
            long sessionId,
            @Nullable Long documentId,
            @Nullable Long itemId,
            String title,
            @Nullable DocumentCategory category,
            String fileName,
            byte[] content) {
        SessionView s = meetings.organised(sessionId);
        List<FieldProblem> problems = new ArrayList<>();
        String name = title.strip();
        if (documentId == null && (name.isEmpty() || name.length() > 500)) {
            problems.add(new FieldProblem("docTitle", "Hãy nhập tên tài liệu (tối đa 500 ký tự)"));
        }
        if (itemId != null && meetings.items(s.id()).stream().noneMatch(i -> i.id() == itemId)) {
            problems.add(new FieldProblem("itemId", "Nội dung này không thuộc kỳ họp"));
        }
        String text = "";
        if (content.length == 0) {
            problems.add(new FieldProblem("file", "Hãy chọn tệp PDF"));
        } else if (content.length > properties.maxFileMegabytes() * 1024L * 1024L) {
            problems.add(new FieldProblem("file", "Tệp quá lớn (tối đa " + properties.maxFileMegabytes() + " MB)"));
        } else if (!MeetingPdf.isPdf(content)) {
            problems.add(new FieldProblem("file", "Tệp không phải PDF"));
        } else {
            try {
                text = MeetingPdf.text(content);
            } catch (IOException e) {
                problems.add(new FieldProblem("file", "Không đọc được tệp PDF (tệp hỏng hoặc có mật khẩu)"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Long existing = documents.byTitle(s.id(), name).orElse(null);
        if (documentId != null) {
            MeetingDocumentView named = document(documentId);
            if (named.sessionId() != s.id()) {
                throw InvalidInputException.of("documentId", "Tài liệu không thuộc kỳ họp này");
            }
            existing = named.id();
        }
        long id = existing != null
                ? existing
                : documents.insert(s.id(), itemId, name, category == null ? DocumentCategory.OTHER : category);
        String docTitle = existing != null ? document(existing).title() : name;
        String safeName = fileName.isBlank() ? "tai-lieu.pdf" : fileName.replaceAll("[\\\\/\\r\\n\"]", "_");
        int version = documents.addVersion(
                id, docTitle, safeName, content, text, meetings.me().username());
        audit.record("UPLOAD", "meeting_document", String.valueOf(id), docTitle + " (bản " + version + ")");
        return id;
    }

    /** A version (the latest when null) of the document, watermarked with the reader's name and the time. */
    @Transactional
    public DocumentFile file(long documentId, @Nullable Integer version) {
        MeetingDocumentView d = document(documentId);
        int v = version == null ? d.versions() : version;
        byte[] pdf = documents
                .content(d.id(), v)
                .orElseThrow(() -> NotFoundException.of("phiên bản tài liệu", documentId + "/" + v));
        audit.record("READ", "meeting_document", String.valueOf(d.id()), "bản " + v);
        return new DocumentFile(d.fileName(), stamp(pdf));
    }

    /** The watermark text: the reader's name and the time, so a copy that leaves the room says whose it was. */
    public String stampText() {
        CurrentUser me = meetings.me();
        return me.fullName() + " · " + me.username() + " · "
                + ZonedDateTime.now(VIETNAM).format(STAMP_TIME);
    }

    byte[] stamp(byte[] pdf) {
        return Watermark.apply(pdf, stampText());
    }

    /** The current user's own note on the document; nobody else's. */
    public String note(long documentId) {
        return documents.note(document(documentId).id(), meetings.me().id()).orElse("");
    }

    @Transactional
    public void saveNote(long documentId, String body) {
        MeetingDocumentView d = document(documentId);
        if (body.length() > 20_000) {
            throw InvalidInputException.of("note", "Ghi chú dài quá 20.000 ký tự");
        }
        documents.saveNote(d.id(), meetings.me().id(), body.strip());
        // the note is its author's own: the audit log says that it changed, not what it says
        audit.record(
                "UPDATE", "meeting_note", String.valueOf(d.id()), body.strip().length() + " ký tự");
    }

    /** Documents in every session the user may see whose title or text has the words, diacritics ignored. */
    public List<SearchHit> search(String query) {
        CurrentUser me = meetings.me();
        return documents.search(query, me.readsAll() ? null : me.id(), 50);
    }
}
