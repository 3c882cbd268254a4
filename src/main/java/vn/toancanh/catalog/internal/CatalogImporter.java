package vn.toancanh.catalog.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.toancanh.catalog.CatalogChanged;
import vn.toancanh.catalog.CatalogImportResult;
import vn.toancanh.catalog.CatalogImportResult.RowProblem;
import vn.toancanh.catalog.DataItemInput;
import vn.toancanh.catalog.internal.CatalogFileReader.RawRow;
import vn.toancanh.catalog.internal.CatalogLookups.Resolved;
import vn.toancanh.identity.AuditService;

/**
 * Imports data items from CSV or Excel, all or nothing: every row is checked first, and only a file without a
 * single problem is written (new codes created, known codes updated).
 */
@Component
public class CatalogImporter {

    private final ItemValidator validator;
    private final CatalogLookups lookups;
    private final ItemWriteRepository items;
    private final IndicatorRepository indicators;
    private final AuditService audit;
    private final ApplicationEventPublisher events;

    CatalogImporter(
            ItemValidator validator,
            CatalogLookups lookups,
            ItemWriteRepository items,
            IndicatorRepository indicators,
            AuditService audit,
            ApplicationEventPublisher events) {
        this.validator = validator;
        this.lookups = lookups;
        this.items = items;
        this.indicators = indicators;
        this.audit = audit;
        this.events = events;
    }

    public CatalogImportResult importItems(byte[] content) {
        List<RawRow> raw;
        try {
            raw = CatalogFileReader.read(content);
        } catch (IOException | RuntimeException e) {
            return rejected(
                    0, new RowProblem(1, "file", "Không đọc được tệp: chỉ nhận CSV (UTF-8) hoặc Excel (.xlsx)"));
        }
        if (raw.isEmpty()) {
            return rejected(0, new RowProblem(1, "file", "Tệp không có dòng dữ liệu nào"));
        }
        Resolved resolved = lookups.resolve(unitCodes(raw));
        List<RowProblem> problems = new ArrayList<>();
        List<ItemRow> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Set<String> indicatorCodes = indicators.existingCodes(
                raw.stream().map(r -> r.get(CatalogColumn.CODE).trim()).toList());
        for (RawRow row : raw) {
            List<RowProblem> rowProblems = new ArrayList<>();
            DataItemInput input = ImportRowParser.parse(row, resolved, rowProblems);
            Set<String> parsed = new HashSet<>();
            rowProblems.forEach(p -> parsed.add(p.field()));
            validator.validate(input, resolved).stream()
                    .map(p -> new RowProblem(
                            row.number(), CatalogColumn.byField(p.field()).key(), p.reason()))
                    .filter(p -> !parsed.contains(p.field()))
                    .forEach(rowProblems::add);
            if (!input.code().isBlank() && !seen.add(input.code().trim())) {
                rowProblems.add(new RowProblem(row.number(), "code", "Mã '" + input.code() + "' lặp lại trong tệp"));
            }
            if (indicatorCodes.contains(input.code().trim())) {
                rowProblems.add(
                        new RowProblem(row.number(), "code", "Mã '" + input.code() + "' đã là mã của một chỉ số"));
            }
            problems.addAll(rowProblems);
            if (rowProblems.isEmpty()) {
                rows.add(ItemWriter.toRow(input, resolved, 0));
            }
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingInt(RowProblem::row));
            return new CatalogImportResult(raw.size(), 0, 0, List.copyOf(problems));
        }
        return write(rows);
    }

    private CatalogImportResult write(List<ItemRow> rows) {
        Set<String> existing =
                items.idsByCodes(rows.stream().map(ItemRow::code).toList()).keySet();
        Map<Long, Integer> next = new HashMap<>(items.nextSortOrders(
                rows.stream().map(ItemRow::groupId).distinct().toList()));
        List<ItemRow> ordered = rows.stream()
                .map(r -> existing.contains(r.code()) ? r : withSortOrder(r, next.merge(r.groupId(), 1, Integer::sum)))
                .toList();
        items.upsertAll(ordered);
        int created = rows.size() - existing.size();
        audit.record("IMPORT", "data_item", null, created + " tạo mới, " + existing.size() + " cập nhật");
        events.publishEvent(new CatalogChanged(
                CatalogChanged.ITEM, rows.stream().map(ItemRow::code).collect(Collectors.toSet())));
        return new CatalogImportResult(rows.size(), created, existing.size(), List.of());
    }

    private static ItemRow withSortOrder(ItemRow r, int sortOrder) {
        return new ItemRow(
                r.code(),
                r.groupId(),
                r.name(),
                r.nameEn(),
                r.shortName(),
                r.description(),
                r.unitOfMeasure(),
                r.valueType(),
                r.aggregationType(),
                r.timeAggregationType(),
                r.periodType(),
                r.categoryComboId(),
                r.ownerUnitId(),
                r.sharing(),
                r.source(),
                r.legalBasis(),
                r.officialCode(),
                r.minValue(),
                r.maxValue(),
                r.active(),
                sortOrder,
                r.reportingUnitIds());
    }

    private static List<String> unitCodes(List<RawRow> rows) {
        List<String> codes = new ArrayList<>();
        for (RawRow row : rows) {
            codes.add(row.get(CatalogColumn.OWNER_UNIT));
            codes.addAll(ImportRowParser.list(row.get(CatalogColumn.REPORTING_UNITS)));
        }
        return codes;
    }

    private static CatalogImportResult rejected(int rows, RowProblem problem) {
        return new CatalogImportResult(rows, 0, 0, List.of(problem));
    }
}
