package vn.toancanh.catalog.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import vn.toancanh.catalog.TargetView;
import vn.toancanh.organisation.UnitKind;
import vn.toancanh.organisation.UnitView;

/** The targets page's grid: a unit and the units under it × a window of years, with the saved targets. */
public record TargetTable(
        UnitView root,
        @Nullable UnitView parent,
        List<UnitView> rows,
        List<Integer> years,
        Map<String, TargetView> cells) {

    static final int YEARS = 5;

    static TargetTable of(
            UnitView root, @Nullable UnitView parent, List<UnitView> children, int from, List<TargetView> targets) {
        List<UnitView> rows = new java.util.ArrayList<>();
        rows.add(root);
        rows.addAll(children);
        List<Integer> years = IntStream.range(from, from + YEARS).boxed().toList();
        Map<String, TargetView> cells = targets.stream()
                .filter(t -> years.contains(t.year()))
                .collect(Collectors.toMap(t -> key(t.unitId(), t.year()), t -> t, (a, b) -> a));
        return new TargetTable(root, parent, List.copyOf(rows), years, cells);
    }

    public @Nullable TargetView cell(UnitView unit, int year) {
        return cells.get(key(unit.id(), year));
    }

    /** Provinces and districts have units below them worth opening. */
    public boolean opens(UnitView unit) {
        return unit.id() != root.id() && (unit.kind() == UnitKind.PROVINCE || unit.kind() == UnitKind.DISTRICT);
    }

    public int from() {
        return years.get(0);
    }

    private static String key(long unitId, int year) {
        return unitId + "/" + year;
    }
}
