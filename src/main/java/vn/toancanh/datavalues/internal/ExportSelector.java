package vn.toancanh.datavalues.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.toancanh.catalog.CatalogService;
import vn.toancanh.catalog.DataItemView;
import vn.toancanh.catalog.OptionComboView;
import vn.toancanh.datavalues.DataValueQuery;
import vn.toancanh.identity.CurrentUser;
import vn.toancanh.organisation.OrganisationService;
import vn.toancanh.organisation.UnitView;
import vn.toancanh.shared.FieldProblem;
import vn.toancanh.shared.InvalidInputException;
import vn.toancanh.shared.Period;

/**
 * Resolves an export query's codes to ids, keeping only the items the user may read; unknown codes and a missing
 * item, unit or period selection are the client's error, reported all at once.
 */
@Component
class ExportSelector {

    private final CatalogService catalog;
    private final OrganisationService organisation;
    private final PeriodRepository periods;

    ExportSelector(CatalogService catalog, OrganisationService organisation, PeriodRepository periods) {
        this.catalog = catalog;
        this.organisation = organisation;
        this.periods = periods;
    }

    ExportSelection select(DataValueQuery query, CurrentUser user) {
        List<FieldProblem> problems = new ArrayList<>();
        Map<Long, DataItemView> items = items(query, problems);
        Map<Long, UnitView> units = units(query, problems);
        Map<Integer, String> periodIsos = periods(query, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        items.values().removeIf(item -> !ReadScope.allows(user, item));
        Map<Long, String> combos = new HashMap<>();
        items.values().stream()
                .map(DataItemView::categoryComboId)
                .distinct()
                .forEach(cc -> catalog.optionCombosOf(cc).forEach(c -> combos.put(c.id(), c.code())));
        combos.putIfAbsent(OptionComboView.DEFAULT_ID, OptionComboView.DEFAULT_CODE);
        return new ExportSelection(items, units, periodIsos, combos);
    }

    private Map<Long, DataItemView> items(DataValueQuery query, List<FieldProblem> problems) {
        Map<Long, DataItemView> items = new LinkedHashMap<>();
        if (query.dataGroup() != null && !query.dataGroup().isBlank()) {
            String group = query.dataGroup().strip();
            if (catalog.findGroupByCode(group).isEmpty()) {
                problems.add(new FieldProblem("dataGroup", "Không tìm thấy nhóm dữ liệu có mã \"" + group + "\""));
            }
            catalog.itemsOfGroup(group).forEach(i -> items.put(i.id(), i));
        }
        List<String> codes = query.dataElements().stream().map(String::strip).toList();
        Map<String, DataItemView> found = catalog.findItemsByCodes(codes);
        codes.stream()
                .filter(c -> !found.containsKey(c))
                .forEach(c ->
                        problems.add(new FieldProblem("dataElement", "Không tìm thấy chỉ tiêu có mã \"" + c + "\"")));
        found.values().forEach(i -> items.put(i.id(), i));
        if (items.isEmpty() && problems.isEmpty()) {
            problems.add(
                    new FieldProblem("dataGroup", "Cần chọn nhóm dữ liệu (dataGroup) hoặc chỉ tiêu (dataElement)"));
        }
        return items;
    }

    private Map<Long, UnitView> units(DataValueQuery query, List<FieldProblem> problems) {
        Map<Long, UnitView> units = new LinkedHashMap<>();
        List<String> codes = query.orgUnits().stream().map(String::strip).toList();
        if (codes.isEmpty()) {
            problems.add(new FieldProblem("orgUnit", "Cần chọn ít nhất một đơn vị (orgUnit)"));
        }
        Map<String, UnitView> found = organisation.findByCodes(codes);
        for (String code : codes) {
            UnitView unit = found.get(code);
            if (unit == null) {
                problems.add(new FieldProblem("orgUnit", "Không tìm thấy đơn vị có mã \"" + code + "\""));
            } else if (query.children()) {
                organisation.subtree(unit.id()).forEach(u -> units.put(u.id(), u));
            } else {
                units.put(unit.id(), unit);
            }
        }
        return units;
    }

    private Map<Integer, String> periods(DataValueQuery query, List<FieldProblem> problems) {
        Map<Integer, String> result = new HashMap<>();
        List<String> isos = new ArrayList<>();
        for (String sent : query.periods()) {
            Optional<Period> period = Period.parse(sent);
            if (period.isEmpty()) {
                problems.add(new FieldProblem(
                        "period", "Kỳ \"" + sent + "\" không đúng định dạng (ví dụ 2024, 2024Q1, 202403)"));
            } else {
                isos.add(period.get().id());
            }
        }
        periods.existingIds(isos).forEach((iso, id) -> result.put(id, iso));
        if (query.startDate() != null && query.endDate() != null) {
            if (query.endDate().isBefore(query.startDate())) {
                problems.add(new FieldProblem("endDate", "Ngày kết thúc (endDate) trước ngày bắt đầu (startDate)"));
            } else {
                result.putAll(periods.within(query.startDate(), query.endDate()));
            }
        } else if (query.startDate() != null || query.endDate() != null) {
            problems.add(new FieldProblem(
                    query.startDate() == null ? "startDate" : "endDate", "Cần cả startDate và endDate"));
        } else if (query.periods().isEmpty()) {
            problems.add(new FieldProblem("period", "Cần chọn kỳ (period) hoặc khoảng ngày (startDate, endDate)"));
        }
        return result;
    }
}
