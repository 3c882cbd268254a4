package vn.toancanh.operations.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.toancanh.operations.DocumentInput;
import vn.toancanh.operations.DocumentService;
import vn.toancanh.operations.DocumentsChanged;
import vn.toancanh.operations.ImportResult;
import vn.toancanh.organisation.OrganisationService;
import vn.toancanh.shared.FieldProblem;

/**
 * Applies an import of documents: every row checked first (nothing is written if one is wrong), then each entry
 * created, updated or left as it is by its code, a status event recorded whenever its status is new. The frame is
 * {@link ImportByCode}'s; this class says how a document and its attachment are checked and stored.
 */
@Component
public class DocumentImports
        implements ImportByCode.Kind<DocumentInput, DocumentRowChecker.Checked, DocumentRepository.Stored> {

    private static final ImportByCode.Terms TERMS =
            new ImportByCode.Terms("văn bản", "office_document", DocumentService.MAX_ROWS, DocumentsChanged::new);

    private final ImportByCode frame;
    private final DocumentRepository documents;

    DocumentImports(ImportByCode frame, DocumentRepository documents) {
        this.frame = frame;
        this.documents = documents;
    }

    /** Imports as the current user; any mistake rejects the whole import with every mistake named. */
    public ImportResult apply(List<DocumentInput> rows, List<FieldProblem> readProblems) {
        return frame.run(rows, readProblems, this);
    }

    /** An attachment sent on its own, checked as in an import: a readable PDF of at most 10 MB, with its text. */
    public DocumentRepository.@Nullable Attachment attachment(
            @Nullable String fileName, byte[] content, List<FieldProblem> problems) {
        return DocumentRowChecker.attachment(fileName, content, "", problems);
    }

    @Override
    public ImportByCode.Terms terms() {
        return TERMS;
    }

    @Override
    public @Nullable String unit(DocumentInput row) {
        return row.unit();
    }

    @Override
    public ImportByCode.RowCheck<DocumentInput, DocumentRowChecker.Checked> checker(RowChecks.Units units) {
        return new DocumentRowChecker(units)::check;
    }

    @Override
    public DocumentRepository.Stored stored(DocumentRowChecker.Checked checked) {
        return checked.document();
    }

    @Override
    public Map<String, DocumentRepository.Stored> findByCodes(List<String> codes) {
        return documents.findByCodes(codes);
    }

    @Override
    public long insert(DocumentRowChecker.Checked checked, String user) {
        return documents.insert(checked.document(), checked.attachment(), user);
    }

    @Override
    public void update(DocumentRepository.Stored old, DocumentRowChecker.Checked checked, String user) {
        // without a new attachment the stored one stays, its text indexed again with the new summary
        String kept = checked.attachment() == null
                ? documents.attachmentTexts(List.of(old.id())).get(old.id())
                : null;
        documents.update(old.id(), checked.document(), checked.attachment(), kept, user);
    }

    @Override
    public void addEvent(long id, DocumentRepository.Stored stored, Instant at, String user) {
        documents.addEvent(id, stored.status(), user);
    }

    @Override
    public Set<String> months(DocumentRepository.Stored stored, Instant now) {
        return months(stored, LocalDate.ofInstant(now, OrganisationService.ZONE));
    }

    /** The months up to today a document counts in: registered … handled (or, open, until today). */
    static Set<String> months(DocumentRepository.Stored d, LocalDate today) {
        LocalDate from = d.receivedOn() == null ? d.issuedOn() : d.receivedOn();
        LocalDate to = d.completedOn() == null || d.completedOn().isAfter(today) ? today : d.completedOn();
        return MonthIds.between(from, to.isBefore(from) ? from : to, 60);
    }
}
