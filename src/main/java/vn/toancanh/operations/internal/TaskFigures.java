package vn.toancanh.operations.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.toancanh.catalog.ComputedCount;
import vn.toancanh.operations.TasksChanged;

/**
 * The assigned tasks' figures by lead unit and month as catalog items — due in the month, done in it on time or late,
 * open past their deadline at its end — and the on-time completion rate as an indicator. Counted again after each
 * change (after commit, as the system) and every hour for the month under way.
 */
@Component
public class TaskFigures {

    static final String GROUP = "HC-NVG-MC";
    static final String DUE = "HC-NVG-MC-HAN";
    static final String ON_TIME = "HC-NVG-MC-DH";
    static final String LATE = "HC-NVG-MC-TH";
    static final String OVERDUE = "HC-NVG-MC-QH";

    private static final String SOURCE = "Hệ thống quản lý văn bản và điều hành";

    private final MonthlyFigures figures;
    private final ComputedItems items;
    private final TaskRepository tasks;

    TaskFigures(MonthlyFigures figures, ComputedItems items, TaskRepository tasks) {
        this.figures = figures;
        this.items = items;
        this.tasks = tasks;
    }

    @ApplicationModuleListener
    void on(TasksChanged e) {
        refresh(e.months());
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT12M")
    void refreshCurrentMonth() {
        refresh(figures.currentMonth("SELECT DISTINCT lead_unit_id FROM assigned_task"));
    }

    public void refresh(Map<Long, Set<String>> months) {
        figures.refresh(months, this::ensureItems, (unitId, month, now) -> {
            TaskRepository.MonthFigures f =
                    tasks.month(unitId, month.startDate(), month.endDate(), MonthlyFigures.asOf(month, now));
            return List.of(
                    Map.entry(DUE, f.due()),
                    Map.entry(ON_TIME, f.onTime()),
                    Map.entry(LATE, f.late()),
                    Map.entry(OVERDUE, f.overdue()));
        });
    }

    private void ensureItems() {
        items.group(
                GROUP,
                "Nhiệm vụ được giao (tính tự động)",
                "Assigned tasks (computed)",
                "Tính từ các nhiệm vụ thành phố và huyện giao, theo đơn vị chủ trì và tháng",
                "HC-NVG");
        count(DUE, "Số nhiệm vụ đến hạn trong kỳ", "Tasks due", false);
        count(ON_TIME, "Số nhiệm vụ hoàn thành đúng hạn", "Tasks done on time", false);
        count(LATE, "Số nhiệm vụ hoàn thành trễ hạn", "Tasks done late", false);
        count(OVERDUE, "Số nhiệm vụ quá hạn chưa hoàn thành cuối kỳ", "Tasks overdue at the period's end", true);
        items.rate(
                "IND-NV-MC-DUNGHAN",
                "Tỷ lệ nhiệm vụ hoàn thành đúng hạn",
                "Tasks done on time",
                "#{" + ON_TIME + "} / (#{" + ON_TIME + "} + #{" + LATE + "}) * 100",
                "HC-NVG",
                SOURCE);
    }

    private void count(String code, String name, String nameEn, boolean atPeriodEnd) {
        // the task list has no month filter: no records link
        items.count(new ComputedCount(GROUP, code, name, nameEn, "nhiệm vụ", atPeriodEnd, SOURCE, null, null));
    }
}
