package vn.toancanh.feedback;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import vn.toancanh.feedback.internal.FeedbackRepository.FigureRow;
import vn.toancanh.organisation.UnitView;

/** Requests received in a range: the totals, and the same figures by handling unit and by category. */
public record FeedbackFigures(Row total, List<Row> byUnit, List<Row> byCategory) {

    /**
     * One line of figures.
     *
     * @param onTimeRate answered on time, in % of those answered; null when none was answered
     * @param averageHours mean hours from receipt to answer over those answered
     */
    public record Row(
            String name,
            long received,
            long answered,
            long answeredOnTime,
            long open,
            long overdue,
            long rejected,
            @Nullable Double onTimeRate,
            @Nullable Double averageHours) {}

    static FeedbackFigures of(List<FigureRow> rows, Map<Long, UnitView> units, Map<Long, String> categories) {
        return new FeedbackFigures(
                sum("Tổng cộng", rows),
                group(rows, r -> {
                    UnitView u = r.unitId() == null ? null : units.get(r.unitId());
                    return u == null ? "Chưa giao đơn vị" : u.name();
                }),
                group(rows, r -> categories.getOrDefault(r.categoryId(), "?")));
    }

    private static List<Row> group(List<FigureRow> rows, Function<FigureRow, String> key) {
        Map<String, List<FigureRow>> groups = new LinkedHashMap<>();
        rows.forEach(r ->
                groups.computeIfAbsent(key.apply(r), k -> new ArrayList<>()).add(r));
        List<Row> out = new ArrayList<>();
        groups.forEach((name, list) -> out.add(sum(name, list)));
        out.sort(Comparator.comparingLong(Row::received).reversed().thenComparing(Row::name));
        return out;
    }

    private static Row sum(String name, List<FigureRow> rows) {
        long received = 0;
        long answered = 0;
        long onTime = 0;
        long open = 0;
        long overdue = 0;
        long rejected = 0;
        double hours = 0;
        for (FigureRow r : rows) {
            received += r.received();
            answered += r.answered();
            onTime += r.answeredOnTime();
            open += r.open();
            overdue += r.overdue();
            rejected += r.rejected();
            hours += r.averageHours() * r.answered();
        }
        return new Row(
                name,
                received,
                answered,
                onTime,
                open,
                overdue,
                rejected,
                answered == 0 ? null : 100.0 * onTime / answered,
                answered == 0 ? null : hours / answered);
    }
}
