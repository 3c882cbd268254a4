package vn.toancanh.organisation.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.toancanh.identity.AuditService;
import vn.toancanh.organisation.UnitGroupView;
import vn.toancanh.organisation.UnitImportResult;
import vn.toancanh.organisation.UnitImportResult.RowProblem;
import vn.toancanh.organisation.UnitInput;
import vn.toancanh.organisation.UnitView;
import vn.toancanh.organisation.UnitsChanged;
import vn.toancanh.shared.FileFormat;

/**
 * Imports new units from CSV or Excel, all or nothing: every row is checked first, and only when none has a
 * problem are they written, parents before children (a parent may be in the database or elsewhere in the file).
 * Existing codes are rejected, so an import never silently overwrites a unit.
 */
@Component
public class UnitImporter {

    static final List<String> COLUMNS = List.of(
            "code",
            "name",
            "short_name",
            "kind",
            "parent_code",
            "valid_from",
            "valid_to",
            "latitude",
            "longitude",
            "address",
            "phone",
            "email",
            "name_en",
            "website",
            "groups");
    private static final Set<String> REQUIRED = Set.of("code", "name", "kind");

    private final UnitRepository units;
    private final UnitGroupRepository groups;
    private final UnitValidator validator;
    private final UnitEditor editor;
    private final AuditService audit;
    private final ApplicationEventPublisher events;

    UnitImporter(
            UnitRepository units,
            UnitGroupRepository groups,
            UnitValidator validator,
            UnitEditor editor,
            AuditService audit,
            ApplicationEventPublisher events) {
        this.units = units;
        this.groups = groups;
        this.validator = validator;
        this.editor = editor;
        this.audit = audit;
        this.events = events;
    }

    public UnitImportResult importFile(byte[] content, String fileName) {
        List<UnitFileReader.Line> lines;
        try {
            lines = UnitFileReader.read(content, FileFormat.ofFileName(fileName));
        } catch (UnitFileReader.UnreadableFileException e) {
            return failed(0, List.of(new RowProblem(1, "file", fileName, e.getMessage())));
        }
        List<RowProblem> problems = new ArrayList<>(header(lines.get(0).cells().keySet()));
        List<UnitFileReader.Line> rows = lines.subList(1, lines.size());
        if (!problems.isEmpty()) {
            return failed(rows.size(), problems);
        }
        if (rows.isEmpty()) {
            return failed(0, List.of(new RowProblem(1, "file", fileName, "Tệp không có dòng dữ liệu nào")));
        }
        Map<Integer, UnitInput> inputs = new LinkedHashMap<>();
        rows.forEach(line -> inputs.put(line.number(), ImportRowParser.parse(line, problems)));
        ImportPlan plan = ImportPlan.check(inputs, units, groups, validator, problems);
        if (!problems.isEmpty()) {
            return failed(rows.size(), firstPerCell(problems));
        }
        write(plan, fileName);
        return new UnitImportResult(rows.size(), plan.ordered().size(), List.of());
    }

    private void write(ImportPlan plan, String fileName) {
        Map<String, UnitView> written = new HashMap<>(plan.existingParents());
        Map<String, UnitGroupView> knownGroups = plan.groups();
        for (UnitInput input : plan.ordered()) {
            UnitView parent = input.parentCode() == null ? null : written.get(input.parentCode());
            List<UnitGroupView> memberOf =
                    input.groupCodes().stream().map(knownGroups::get).toList();
            UnitView unit = editor.write(input, parent, memberOf);
            written.put(unit.code(), unit);
            audit.record("CREATE", UnitEditor.ENTITY, unit.code(), unit.name() + " (nhập từ tệp " + fileName + ")");
        }
        List<String> codes = plan.ordered().stream().map(UnitInput::code).toList();
        audit.record("IMPORT", UnitEditor.ENTITY, null, "Nhập " + codes.size() + " đơn vị từ tệp " + fileName);
        events.publishEvent(new UnitsChanged("IMPORT", codes));
    }

    private static List<RowProblem> header(Set<String> columns) {
        List<RowProblem> problems = new ArrayList<>();
        REQUIRED.stream()
                .filter(c -> !columns.contains(c))
                .sorted()
                .forEach(c -> problems.add(new RowProblem(1, c, "", "Thiếu cột bắt buộc '" + c + "'")));
        columns.stream()
                .filter(c -> !c.isEmpty() && !COLUMNS.contains(c))
                .forEach(c -> problems.add(new RowProblem(
                        1, c, c, "Cột không được hỗ trợ; các cột hợp lệ: " + String.join(", ", COLUMNS))));
        return problems;
    }

    /** One problem per cell (a bad kind is not also reported as a missing kind), ordered by row. */
    private static List<RowProblem> firstPerCell(List<RowProblem> problems) {
        Set<String> seen = new HashSet<>();
        return problems.stream()
                .filter(p -> p.field().equals("groups") || seen.add(p.row() + "|" + p.field()))
                .sorted(Comparator.comparingInt(RowProblem::row))
                .toList();
    }

    private static UnitImportResult failed(int rows, List<RowProblem> problems) {
        return new UnitImportResult(rows, 0, List.copyOf(problems));
    }
}
