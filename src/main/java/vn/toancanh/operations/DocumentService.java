package vn.toancanh.operations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.toancanh.identity.AuditService;
import vn.toancanh.identity.CurrentUser;
import vn.toancanh.identity.IdentityService;
import vn.toancanh.operations.internal.DocumentFiles;
import vn.toancanh.operations.internal.DocumentImports;
import vn.toancanh.operations.internal.DocumentRepository;
import vn.toancanh.operations.internal.DocumentText;
import vn.toancanh.operations.internal.UnitScopes;
import vn.toancanh.organisation.OrganisationService;
import vn.toancanh.organisation.UnitView;
import vn.toancanh.shared.FieldProblem;
import vn.toancanh.shared.InvalidInputException;
import vn.toancanh.shared.NotFoundException;
import vn.toancanh.shared.PageQuery;
import vn.toancanh.shared.PageResult;
import vn.toancanh.shared.Period;
import vn.toancanh.shared.PeriodType;

/**
 * The incoming and outgoing documents registry: imported from the e-office system (JSON with attachments, or CSV)
 * idempotently by code — all rows or none, each rejected row named — with every status change kept; searched in full
 * text over summaries and attached PDFs, diacritics ignored.
 *
 * <p>Admins import for any unit; officers for their unit and the units below it. Leaders and admins read every
 * document, others those handled in their unit's subtree.
 */
@Service
@Transactional(readOnly = true)
public class DocumentService {

    /** An import takes at most this many rows; larger exports are sent in parts. */
    public static final int MAX_ROWS = 5_000;

    private final DocumentRepository documents;
    private final DocumentImports imports;
    private final UnitScopes scopes;
    private final OrganisationService organisation;
    private final IdentityService identity;
    private final AuditService audit;

    DocumentService(
            DocumentRepository documents,
            DocumentImports imports,
            UnitScopes scopes,
            OrganisationService organisation,
            IdentityService identity,
            AuditService audit) {
        this.documents = documents;
        this.imports = imports;
        this.scopes = scopes;
        this.organisation = organisation;
        this.identity = identity;
        this.audit = audit;
    }

    /** Imports documents; any mistake rejects the whole import with every mistake named ({@code rows[n].field}). */
    @Transactional
    public ImportResult importDocuments(List<DocumentInput> rows) {
        return imports.apply(rows, List.of());
    }

    /** The same from a CSV file with the JSON field names as its header (attachments come by JSON or one by one). */
    @Transactional
    public ImportResult importCsv(byte[] content) {
        DocumentFiles.Parsed parsed = DocumentFiles.parse(content);
        return imports.apply(parsed.rows(), parsed.problems());
    }

    /**
     * A page of the documents the user may read; with a search, the best matches first, each with the words of its
     * attachment around the match.
     */
    public PageResult<DocumentView> list(PageQuery query, DocumentFilter filter) {
        if (filter.month() != null
                && Period.parse(filter.month())
                        .filter(p -> p.type() == PeriodType.MONTHLY)
                        .isEmpty()) {
            throw InvalidInputException.of("month", "Tháng có dạng yyyyMM, ví dụ 202611");
        }
        LocalDate today = OrganisationService.today();
        PageResult<DocumentRepository.Stored> page =
                documents.page(query, scopes.readable(filter.unit()), filter, today);
        Map<Long, UnitView> names = organisation.findByIds(
                page.items().stream().map(DocumentRepository.Stored::unitId).toList());
        Map<Long, String> texts = query.search().isBlank()
                ? Map.of()
                : documents.attachmentTexts(page.items().stream()
                        .filter(d -> d.attachmentName() != null)
                        .map(DocumentRepository.Stored::id)
                        .toList());
        return page.map(d -> view(
                d,
                names.get(d.unitId()),
                today,
                texts.containsKey(d.id()) ? DocumentText.excerpt(texts.get(d.id()), query.search()) : null,
                List.of()));
    }

    /** One document with its history, for the officers who may read it. */
    public DocumentView get(String code) {
        DocumentRepository.Stored d = readable(code);
        return view(
                d,
                organisation.findById(d.unitId()).orElse(null),
                OrganisationService.today(),
                null,
                documents.history(d.id()));
    }

    /** A document's attached PDF: its file name and bytes. */
    public Optional<Map.Entry<String, byte[]>> attachment(String code) {
        return documents.attachment(readable(code).id());
    }

    /** Attaches (or replaces) a document's PDF, whose text is then searched; by those who may import for its unit. */
    @Transactional
    public DocumentView attach(String code, @Nullable String fileName, byte[] content) {
        DocumentRepository.Stored d = readable(code);
        CurrentUser user = identity.currentUserOrSystem();
        UnitView unit = organisation.findById(d.unitId()).orElseThrow();
        if (!scopes.writes(user, unit)) {
            throw new org.springframework.security.access.AccessDeniedException(
                    "Bạn không được sửa văn bản của " + unit.name());
        }
        List<FieldProblem> problems = new ArrayList<>();
        DocumentRepository.Attachment attachment = imports.attachment(fileName, content, problems);
        if (attachment == null) {
            throw new InvalidInputException(problems);
        }
        documents.update(d.id(), d, attachment, null, user.username());
        audit.record("ATTACH", "office_document", code, attachment.name() + " (" + content.length + " byte)");
        return get(code);
    }

    private DocumentRepository.Stored readable(String code) {
        return documents
                .find(code)
                .filter(x -> scopes.reads(x.unitId()))
                .orElseThrow(() -> NotFoundException.of("văn bản", code));
    }

    private static DocumentView view(
            DocumentRepository.Stored d,
            @Nullable UnitView unit,
            LocalDate today,
            @Nullable String excerpt,
            List<DocumentView.Event> history) {
        return new DocumentView(
                d.code(),
                d.direction(),
                d.number(),
                d.issuedOn(),
                d.receivedOn(),
                d.counterpart(),
                d.type(),
                d.summary(),
                unit == null ? "" : unit.code(),
                unit == null ? "" : unit.name(),
                d.handler(),
                d.deadline(),
                d.status(),
                d.completedOn(),
                d.digitallySigned(),
                d.attachmentName(),
                d.deadline() == null ? null : TaskStatus.of(d.deadline(), d.completedOn(), today),
                excerpt,
                history);
    }
}
