package vn.toancanh.records;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.toancanh.identity.CurrentUser;
import vn.toancanh.identity.IdentityService;
import vn.toancanh.organisation.OrganisationService;
import vn.toancanh.organisation.UnitView;
import vn.toancanh.records.internal.RecordRepository;
import vn.toancanh.records.internal.RecordTable;
import vn.toancanh.records.internal.RecordText;
import vn.toancanh.records.internal.RecordWrites;
import vn.toancanh.records.internal.Tesseract;
import vn.toancanh.shared.FieldProblem;
import vn.toancanh.shared.InvalidInputException;
import vn.toancanh.shared.NotFoundException;
import vn.toancanh.shared.PageQuery;
import vn.toancanh.shared.PageResult;
import vn.toancanh.shared.Period;

/**
 * The digitised records archive. Officers add records (with scanned files, or metadata alone in bulk from CSV or
 * Excel, all rows or none) for their unit's subtree, admins for any unit; every write is audited. Leaders and admins
 * read every record; others their unit subtree's records and other units' public and internal ones — restricted
 * records and the subject's name stay within the owning unit's subtree.
 */
@Service
@Transactional(readOnly = true)
public class RecordService {

    /** A bulk import takes at most this many rows. */
    public static final int MAX_ROWS = 5_000;

    private final RecordRepository records;
    private final RecordWrites writes;
    private final OrganisationService organisation;
    private final IdentityService identity;
    private final Tesseract tesseract;

    RecordService(
            RecordRepository records,
            RecordWrites writes,
            OrganisationService organisation,
            IdentityService identity,
            Tesseract tesseract) {
        this.records = records;
        this.writes = writes;
        this.organisation = organisation;
        this.identity = identity;
        this.tesseract = tesseract;
    }

    public List<RecordTypeView> types() {
        return records.types();
    }

    /** Adds a record with its files, queued for reading; every mistake named by field. */
    @Transactional
    public RecordView create(RecordInput input, List<RecordFileInput> files) {
        CurrentUser user = identity.currentUserOrSystem();
        List<FieldProblem> problems = new ArrayList<>();
        RecordWrites.Checked checked = writes.check(input, files, user, "", new HashSet<>(), problems);
        if (checked == null) {
            throw new InvalidInputException(problems);
        }
        writes.store(List.of(checked), user, "CREATE");
        return get(checked.input().code());
    }

    /** Adds the records of a CSV file or Excel workbook: all rows or, when any is wrong, none. */
    @Transactional
    public RecordImportResult importTable(byte[] content) {
        CurrentUser user = identity.currentUserOrSystem();
        List<FieldProblem> problems = new ArrayList<>();
        List<RecordInput> rows = RecordTable.parse(content, problems);
        if (rows.isEmpty()) {
            throw InvalidInputException.of("file", "Tệp không có dòng hồ sơ nào");
        }
        if (rows.size() > MAX_ROWS) {
            throw InvalidInputException.of("file", "Mỗi lần nhập tối đa " + MAX_ROWS + " dòng");
        }
        Set<String> seen = new HashSet<>();
        List<RecordWrites.Checked> checked = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            RecordWrites.Checked c =
                    writes.check(rows.get(i), List.of(), user, "rows[" + (i + 1) + "].", seen, problems);
            if (c != null) {
                checked.add(c);
            }
        }
        if (!problems.isEmpty()) {
            return new RecordImportResult(0, problems);
        }
        writes.store(checked, user, "IMPORT");
        return new RecordImportResult(checked.size(), List.of());
    }

    /** A page of the records the user reads; with a search, the best first, each with the words around the match. */
    public PageResult<RecordView> list(PageQuery query, RecordFilter filter) {
        CurrentUser user = identity.currentUserOrSystem();
        List<Long> units = filter.unit() == null || filter.unit().isBlank()
                ? null
                : organisation.readableSubtree(CurrentUser.SYSTEM, filter.unit());
        LocalDate from = null;
        LocalDate to = null;
        if (filter.period() != null && !filter.period().isBlank()) {
            Period p = Period.parse(filter.period().strip())
                    .orElseThrow(() -> InvalidInputException.of("period", "Kỳ có dạng 2025 hoặc 202503"));
            from = p.startDate();
            to = p.endDate();
        }
        String type = filter.type() == null || filter.type().isBlank()
                ? null
                : filter.type().strip();
        PageResult<RecordRepository.Stored> page =
                records.page(query, visibility(user), units, type, from, to, filter.ocr());
        Map<Long, String> texts = records.matchingPages(
                page.items().stream().map(RecordRepository.Stored::id).toList(),
                RecordRepository.tsquery(query.search()));
        Map<Long, UnitView> names = organisation.findByIds(
                page.items().stream().map(RecordRepository.Stored::unitId).toList());
        Map<String, RecordTypeView> typeNames = typeMap();
        return page.map(r -> view(
                r,
                names.get(r.unitId()),
                typeNames,
                user,
                texts.containsKey(r.id()) ? RecordText.excerpt(texts.get(r.id()), query.search()) : null,
                false));
    }

    /** One record with its files and pages' text, for those who read it. */
    public RecordView get(String code) {
        CurrentUser user = identity.currentUserOrSystem();
        RecordRepository.Stored r = readable(code, user);
        return view(r, organisation.findById(r.unitId()).orElse(null), typeMap(), user, null, true);
    }

    /** A stored file: name, media type and bytes. */
    public FileContent file(String code, int position) {
        RecordRepository.Stored r = readable(code, identity.currentUserOrSystem());
        return records.file(r.id(), position)
                .map(f -> new FileContent(f.name(), f.mediaType(), f.content()))
                .orElseThrow(() -> NotFoundException.of("tệp", code + "/" + position));
    }

    /** A file's name, media type and bytes. */
    public record FileContent(String name, String mediaType, byte[] content) {}

    /** The OCR engine found at start-up, the counts by status and the queue. */
    public OcrEngineView engine() {
        Tesseract.Detection d = tesseract.detection();
        CurrentUser user = identity.currentUserOrSystem();
        List<RecordRepository.Stored> queue = records.queue(50);
        Map<Long, UnitView> names = organisation.findByIds(
                queue.stream().map(RecordRepository.Stored::unitId).toList());
        Map<String, RecordTypeView> typeNames = typeMap();
        return new OcrEngineView(
                d.available(),
                tesseract.command(),
                d.version(),
                d.languages(),
                d.problem(),
                records.counts(),
                queue.stream()
                        .map(r -> view(r, names.get(r.unitId()), typeNames, user, null, false))
                        .toList());
    }

    /** Whether the current user may add records for this unit. */
    public boolean writesFor(String unitCode) {
        return organisation
                .findByCode(unitCode)
                .map(u -> writes.writes(identity.currentUserOrSystem(), u))
                .orElse(false);
    }

    private RecordRepository.Visibility visibility(CurrentUser user) {
        if (user.readsAll()) {
            return new RecordRepository.Visibility(null, true);
        }
        List<Long> own = organisation.readableSubtree(user, null);
        return new RecordRepository.Visibility(own == null ? List.of() : own, true);
    }

    private boolean readsOwnUnit(CurrentUser user, long unitId) {
        return user.readsAll() || (user.unitId() != null && organisation.isWithin(unitId, user.unitId()));
    }

    private RecordRepository.Stored readable(String code, CurrentUser user) {
        return records.find(code)
                .filter(r ->
                        readsOwnUnit(user, r.unitId()) || r.sharing() != vn.toancanh.catalog.SharingLevel.RESTRICTED)
                .orElseThrow(() -> NotFoundException.of("hồ sơ", code));
    }

    private Map<String, RecordTypeView> typeMap() {
        return records.types().stream().collect(Collectors.toMap(RecordTypeView::code, Function.identity()));
    }

    private RecordView view(
            RecordRepository.Stored r,
            @Nullable UnitView unit,
            Map<String, RecordTypeView> types,
            CurrentUser user,
            @Nullable String excerpt,
            boolean full) {
        RecordTypeView type = types.get(r.type());
        return new RecordView(
                r.code(),
                r.title(),
                r.type(),
                type == null ? r.type() : type.name(),
                unit == null ? "" : unit.code(),
                unit == null ? "" : unit.name(),
                readsOwnUnit(user, r.unitId()) ? r.subjectName() : null,
                r.dateFrom(),
                r.dateTo(),
                r.retention(),
                r.sharing(),
                r.pageCount(),
                r.ocrStatus(),
                r.ocrPages(),
                r.ocrDone(),
                r.ocrError(),
                r.createdAt(),
                r.createdBy(),
                excerpt,
                full ? records.files(r.id()) : List.of(),
                full ? records.pages(r.id()) : List.of());
    }
}
