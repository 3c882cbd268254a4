package vn.toancanh.organisation.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.toancanh.organisation.UnitGroupView;
import vn.toancanh.organisation.UnitImportResult.RowProblem;
import vn.toancanh.organisation.UnitInput;
import vn.toancanh.organisation.UnitView;
import vn.toancanh.shared.FieldProblem;

/**
 * The checked rows of an import, in an order where each parent comes before its children, with the units and
 * groups they refer to. Built by {@link #check}, which reports every row's problems rather than the first.
 */
record ImportPlan(List<UnitInput> ordered, Map<String, UnitView> existingParents, Map<String, UnitGroupView> groups) {

    private static final Map<String, String> COLUMN_OF = Map.of(
            "shortName", "short_name",
            "nameEn", "name_en",
            "parentCode", "parent_code",
            "validFrom", "valid_from",
            "validTo", "valid_to",
            "groupCodes", "groups");

    static ImportPlan check(
            Map<Integer, UnitInput> rows,
            UnitRepository units,
            UnitGroupRepository groupRepository,
            UnitValidator validator,
            List<RowProblem> problems) {
        Map<String, Integer> firstRowOfCode = new HashMap<>();
        Set<String> referenced = new HashSet<>();
        Set<String> groupCodes = new HashSet<>();
        rows.forEach((row, input) -> {
            firstRowOfCode.putIfAbsent(input.code(), row);
            referenced.add(input.code());
            if (input.parentCode() != null) {
                referenced.add(input.parentCode());
            }
            groupCodes.addAll(input.groupCodes());
        });
        Map<String, UnitView> existing = units.findByCodes(referenced);
        Map<String, UnitGroupView> groups = groupRepository.findByCodes(groupCodes);
        rows.forEach((row, input) -> {
            for (FieldProblem p : validator.validate(input)) {
                problems.add(problem(row, p.field(), input, p.reason()));
            }
            rowAgainstOthers(row, input, firstRowOfCode, existing, groups, problems);
        });
        List<UnitInput> ordered = order(rows, existing, problems);
        Map<String, UnitView> parents = new LinkedHashMap<>(existing);
        return new ImportPlan(ordered, parents, groups);
    }

    private static void rowAgainstOthers(
            int row,
            UnitInput input,
            Map<String, Integer> firstRowOfCode,
            Map<String, UnitView> existing,
            Map<String, UnitGroupView> groups,
            List<RowProblem> problems) {
        String code = input.code();
        if (!code.isEmpty() && firstRowOfCode.get(code) != row) {
            problems.add(problem(row, "code", input, "Mã '" + code + "' trùng với dòng " + firstRowOfCode.get(code)));
        } else if (existing.containsKey(code)) {
            problems.add(problem(
                    row,
                    "code",
                    input,
                    "Mã '" + code + "' đã có trong hệ thống (đơn vị '"
                            + existing.get(code).name() + "')"));
        }
        String parent = input.parentCode();
        if (parent != null && !firstRowOfCode.containsKey(parent) && !existing.containsKey(parent)) {
            problems.add(problem(
                    row,
                    "parentCode",
                    input,
                    "Không tìm thấy đơn vị cấp trên '" + parent + "' trong hệ thống hoặc trong tệp"));
        } else if (parent != null
                && existing.containsKey(parent)
                && existing.get(parent).validTo() != null) {
            problems.add(problem(row, "parentCode", input, "Đơn vị cấp trên '" + parent + "' đã hết hiệu lực"));
        }
        input.groupCodes().stream()
                .filter(g -> !groups.containsKey(g))
                .forEach(
                        g -> problems.add(problem(row, "groupCodes", input, "Không tìm thấy nhóm đơn vị '" + g + "'")));
    }

    /** Parents first; rows left over point at each other in a loop. */
    private static List<UnitInput> order(
            Map<Integer, UnitInput> rows, Map<String, UnitView> existing, List<RowProblem> problems) {
        List<UnitInput> ordered = new ArrayList<>();
        Set<String> placed = new HashSet<>(existing.keySet());
        Map<Integer, UnitInput> waiting = new LinkedHashMap<>(rows);
        boolean progress = true;
        while (!waiting.isEmpty() && progress) {
            progress = waiting.entrySet().removeIf(e -> {
                UnitInput input = e.getValue();
                if (input.parentCode() == null || placed.contains(input.parentCode())) {
                    ordered.add(input);
                    placed.add(input.code());
                    return true;
                }
                return false;
            });
        }
        waiting.forEach((row, input) -> rows.entrySet().stream()
                .filter(other -> other.getValue().code().equals(input.parentCode()))
                .findFirst()
                .ifPresent(parent -> problems.add(problem(
                        row,
                        "parentCode",
                        input,
                        "Đơn vị cấp trên '"
                                + input.parentCode() + "' (dòng " + parent.getKey()
                                + ") không tạo được: vòng lặp cấp trên hoặc dòng đó có lỗi"))));
        return ordered;
    }

    private static RowProblem problem(int row, String field, UnitInput input, String reason) {
        String column = COLUMN_OF.getOrDefault(field, field);
        return new RowProblem(row, column, value(column, input), reason);
    }

    private static String value(String column, UnitInput input) {
        return switch (column) {
            case "code" -> input.code();
            case "name" -> input.name();
            case "parent_code" -> input.parentCode() == null ? "" : input.parentCode();
            case "kind" -> input.kind() == null ? "" : input.kind().name();
            case "groups" -> String.join(";", input.groupCodes());
            default -> "";
        };
    }
}
