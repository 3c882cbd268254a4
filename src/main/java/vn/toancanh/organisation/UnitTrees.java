package vn.toancanh.organisation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Builds nested nodes from a flat list already in tree order (by level, then sort order and name). */
final class UnitTrees {

    private UnitTrees() {}

    static List<UnitTreeNode> build(List<UnitView> units, @Nullable Long rootId) {
        Map<Long, List<UnitView>> byParent = new HashMap<>();
        List<UnitView> tops = new ArrayList<>();
        for (UnitView unit : units) {
            if (rootId == null && unit.parentId() == null) {
                tops.add(unit);
            } else if (unit.parentId() != null) {
                byParent.computeIfAbsent(unit.parentId(), k -> new ArrayList<>())
                        .add(unit);
            }
        }
        List<UnitView> start = rootId == null ? tops : byParent.getOrDefault(rootId, List.of());
        return start.stream().map(u -> node(u, byParent)).toList();
    }

    private static UnitTreeNode node(UnitView unit, Map<Long, List<UnitView>> byParent) {
        return new UnitTreeNode(
                unit,
                byParent.getOrDefault(unit.id(), List.of()).stream()
                        .map(child -> node(child, byParent))
                        .toList());
    }
}
