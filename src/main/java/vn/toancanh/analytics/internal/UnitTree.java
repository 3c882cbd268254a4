package vn.toancanh.analytics.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.toancanh.organisation.SuccessionKind;
import vn.toancanh.organisation.UnitSuccessionView;
import vn.toancanh.organisation.UnitView;

/** A snapshot of every unit (closed ones too) and the successions between them, for resolving {@code ou} items. */
final class UnitTree {

    private static final int MAX_SUCCESSION_DEPTH = 10;

    private final List<UnitView> all;
    private final Map<Long, UnitView> byId = new HashMap<>();
    private final Map<String, UnitView> byCode = new HashMap<>();
    private final Map<Long, List<UnitView>> children = new HashMap<>();
    private final List<UnitSuccessionView> successions;

    UnitTree(List<UnitView> all, List<UnitSuccessionView> successions) {
        this.all = List.copyOf(all);
        this.successions = List.copyOf(successions);
        for (UnitView u : all) {
            byId.put(u.id(), u);
            byCode.put(u.code(), u);
            if (u.parentId() != null) {
                children.computeIfAbsent(u.parentId(), p -> new ArrayList<>()).add(u);
            }
        }
    }

    Optional<UnitView> byCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    Optional<UnitView> byId(long id) {
        return Optional.ofNullable(byId.get(id));
    }

    List<UnitView> children(UnitView unit) {
        return children.getOrDefault(unit.id(), List.of());
    }

    List<UnitView> roots() {
        return all.stream().filter(u -> u.parentId() == null).toList();
    }

    /** The units at {@code level} within (or equal to) {@code boundary}, in tree order. */
    List<UnitView> atLevel(UnitView boundary, int level) {
        return all.stream()
                .filter(u -> u.level() == level && u.isWithin(boundary))
                .toList();
    }

    /**
     * What counts towards the union of {@code outputs}: each unit within one of them with weight 1, plus — following
     * merges and splits backwards — the predecessors of those units, weighted by the share their successors took
     * (1 for a merge), at most 1 in all. Weights apply to SUM-like aggregation only.
     */
    Map<Long, Double> coverage(Collection<UnitView> outputs) {
        Map<Long, Double> weights = new LinkedHashMap<>();
        for (UnitView u : all) {
            for (UnitView o : outputs) {
                if (u.isWithin(o)) {
                    weights.put(u.id(), 1.0);
                    break;
                }
            }
        }
        if (successions.isEmpty()) {
            return weights;
        }
        Map<Long, Double> inherited = new HashMap<>();
        for (int depth = 0; depth < MAX_SUCCESSION_DEPTH; depth++) {
            Map<Long, Double> next = new HashMap<>();
            for (UnitSuccessionView s : successions) {
                Double successorWeight =
                        weights.containsKey(s.successorId()) ? Double.valueOf(1.0) : inherited.get(s.successorId());
                if (successorWeight == null || weights.containsKey(s.predecessorId())) {
                    continue;
                }
                double share = s.kind() == SuccessionKind.SPLIT ? s.share().doubleValue() : 1.0;
                next.merge(s.predecessorId(), successorWeight * share, Double::sum);
            }
            next.replaceAll((id, w) -> Math.min(1.0, w));
            if (next.equals(inherited)) {
                break;
            }
            inherited = next;
        }
        inherited.forEach(weights::putIfAbsent);
        return weights;
    }
}
