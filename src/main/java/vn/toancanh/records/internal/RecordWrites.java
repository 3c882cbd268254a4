package vn.toancanh.records.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.toancanh.catalog.SharingLevel;
import vn.toancanh.identity.AuditService;
import vn.toancanh.identity.CurrentUser;
import vn.toancanh.organisation.OrganisationService;
import vn.toancanh.organisation.UnitView;
import vn.toancanh.records.OcrStatus;
import vn.toancanh.records.RecordFileInput;
import vn.toancanh.records.RecordInput;
import vn.toancanh.records.RecordTypeView;
import vn.toancanh.records.RecordsChanged;
import vn.toancanh.records.RecordsProperties;
import vn.toancanh.shared.FieldProblem;
import vn.toancanh.shared.Period;
import vn.toancanh.shared.PeriodType;

/**
 * Checks and stores new records with their files, audited, and says which units' months changed. Every problem is
 * named by field ({@code prefix + field}); nothing is written while there is one.
 */
@Component
public class RecordWrites {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]{0,59}");
    private static final Pattern RETENTION = Pattern.compile("(?i)(\\d{1,3} năm|vĩnh viễn)");

    /** A record ready to store: its metadata and checked files. */
    public record Checked(RecordInput input, UnitView unit, RecordTypeView type, List<CheckedFile> files) {}

    public record CheckedFile(String name, String mediaType, int pages, byte[] content) {}

    private final RecordRepository records;
    private final OrganisationService organisation;
    private final AuditService audit;
    private final ApplicationEventPublisher events;
    private final RecordsProperties properties;
    private final Tesseract tesseract;
    private final OcrWorker worker;

    RecordWrites(
            Tesseract tesseract,
            OcrWorker worker,
            RecordRepository records,
            OrganisationService organisation,
            AuditService audit,
            ApplicationEventPublisher events,
            RecordsProperties properties) {
        this.records = records;
        this.organisation = organisation;
        this.audit = audit;
        this.events = events;
        this.properties = properties;
        this.tesseract = tesseract;
        this.worker = worker;
    }

    /** Checks a record; null when it has problems (added to {@code problems}). */
    public @Nullable Checked check(
            RecordInput in,
            List<RecordFileInput> files,
            CurrentUser user,
            String prefix,
            Set<String> codesSeen,
            List<FieldProblem> problems) {
        int before = problems.size();
        Map<String, RecordTypeView> types = new HashMap<>();
        records.types().forEach(t -> types.put(t.code(), t));
        String code = in.code() == null ? "" : in.code().strip();
        if (!CODE.matcher(code).matches()) {
            problems.add(new FieldProblem(prefix + "code", "Mã hồ sơ gồm chữ không dấu, số, dấu . _ / - (tối đa 60)"));
        } else if (!codesSeen.add(code) || !records.existingCodes(List.of(code)).isEmpty()) {
            problems.add(new FieldProblem(prefix + "code", "Mã hồ sơ " + code + " đã có"));
        }
        if (in.title() == null || in.title().isBlank() || in.title().length() > 500) {
            problems.add(new FieldProblem(prefix + "title", "Nhập tiêu đề hồ sơ (tối đa 500 ký tự)"));
        }
        RecordTypeView type = in.type() == null ? null : types.get(in.type().strip());
        if (type == null) {
            problems.add(new FieldProblem(prefix + "type", "Chọn loại hồ sơ: " + String.join(", ", types.keySet())));
        }
        UnitView unit = in.unit() == null || in.unit().isBlank()
                ? null
                : organisation.findByCode(in.unit().strip()).orElse(null);
        if (unit == null) {
            problems.add(new FieldProblem(prefix + "unit", "Không có đơn vị mã " + in.unit()));
        } else if (!writes(user, unit)) {
            problems.add(new FieldProblem(prefix + "unit", "Bạn không được nhập hồ sơ của " + unit.name()));
        }
        if (in.subjectName() != null && in.subjectName().length() > 200) {
            problems.add(new FieldProblem(prefix + "subjectName", "Tên đối tượng tối đa 200 ký tự"));
        }
        if (in.dateFrom() == null) {
            problems.add(new FieldProblem(prefix + "dateFrom", "Nhập ngày bắt đầu của hồ sơ"));
        } else if (in.dateTo() != null && in.dateTo().isBefore(in.dateFrom())) {
            problems.add(new FieldProblem(prefix + "dateTo", "Ngày kết thúc không được trước ngày bắt đầu"));
        }
        if (in.retention() == null || !RETENTION.matcher(in.retention().strip()).matches()) {
            problems.add(
                    new FieldProblem(prefix + "retention", "Thời hạn bảo quản: số năm (ví dụ 10 năm) hoặc vĩnh viễn"));
        }
        if (in.pageCount() != null && in.pageCount() < 0) {
            problems.add(new FieldProblem(prefix + "pageCount", "Số trang không được âm"));
        }
        List<CheckedFile> checked = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            CheckedFile f = checkFile(files.get(i), prefix + "files[" + i + "]", problems);
            if (f != null) {
                checked.add(f);
            }
        }
        if (problems.size() > before) {
            return null;
        }
        RecordInput clean = new RecordInput(
                code,
                in.title().strip(),
                type.code(),
                unit.code(),
                in.subjectName() == null || in.subjectName().isBlank()
                        ? null
                        : in.subjectName().strip(),
                in.dateFrom(),
                in.dateTo(),
                in.retention().strip().toLowerCase(java.util.Locale.ROOT),
                in.sharing() == null ? SharingLevel.INTERNAL : in.sharing(),
                in.pageCount());
        return new Checked(clean, unit, type, checked);
    }

    private @Nullable CheckedFile checkFile(RecordFileInput f, String field, List<FieldProblem> problems) {
        String name = f.name() == null || f.name().isBlank() ? "tep" : f.name().strip();
        if (f.content().length == 0) {
            problems.add(new FieldProblem(field, "Tệp " + name + " trống"));
            return null;
        }
        if (f.content().length > properties.maxFileSize().toBytes()) {
            problems.add(new FieldProblem(
                    field,
                    "Tệp " + name + " quá lớn (tối đa "
                            + properties.maxFileSize().toMegabytes() + " MB)"));
            return null;
        }
        String type = ScanFiles.mediaType(f.content());
        if (type == null) {
            problems.add(new FieldProblem(field, "Tệp " + name + " không phải PDF, JPEG, PNG hay TIFF"));
            return null;
        }
        try {
            int pages = ScanFiles.pageCount(f.content(), type);
            return new CheckedFile(name.length() > 255 ? name.substring(0, 255) : name, type, pages, f.content());
        } catch (IOException | RuntimeException e) {
            problems.add(new FieldProblem(field, "Không đọc được tệp " + name));
            return null;
        }
    }

    /** Stores checked records, audits each and publishes the months whose counts changed. */
    public Map<Long, Set<String>> store(List<Checked> checked, CurrentUser user, String action) {
        Map<Long, Set<String>> months = new HashMap<>();
        for (Checked c : checked) {
            RecordInput in = c.input();
            int filePages = c.files().stream().mapToInt(CheckedFile::pages).sum();
            RecordRepository.Stored row = new RecordRepository.Stored(
                    0,
                    in.code(),
                    in.title(),
                    in.type(),
                    c.unit().id(),
                    in.subjectName(),
                    in.dateFrom(),
                    in.dateTo(),
                    in.retention(),
                    in.sharing(),
                    in.pageCount() != null ? in.pageCount() : filePages,
                    OcrStatus.NONE,
                    0,
                    0,
                    null,
                    java.time.Instant.now(),
                    user.username());
            long id = records.insert(
                    row, c.type().name(), c.files().isEmpty() ? OcrStatus.NONE : OcrStatus.QUEUED, filePages);
            for (int i = 0; i < c.files().size(); i++) {
                CheckedFile f = c.files().get(i);
                records.insertFile(id, i + 1, f.name(), f.mediaType(), f.pages(), f.content());
            }
            if (!c.files().isEmpty() && !tesseract.available()) {
                // without tesseract nothing is queued: text layers are read now, the rest waits for OCR
                worker.process(id);
            }
            audit.record(
                    action,
                    "archive_record",
                    in.code(),
                    in.title() + " (" + c.files().size() + " tệp)");
            months.computeIfAbsent(c.unit().id(), k -> new TreeSet<>())
                    .add(Period.of(PeriodType.MONTHLY, in.dateFrom()).id());
        }
        if (!months.isEmpty()) {
            events.publishEvent(new RecordsChanged(months));
        }
        return months;
    }

    /** Admins write any unit's records; officers their unit's subtree; others none. */
    public boolean writes(CurrentUser user, UnitView unit) {
        if (user.isAdmin()) {
            return true;
        }
        return user.role().isOfficer() && user.unitId() != null && organisation.isWithin(unit.id(), user.unitId());
    }

    static Set<String> newCodeSet() {
        return new HashSet<>();
    }

    static LocalDate today() {
        return OrganisationService.today();
    }
}
