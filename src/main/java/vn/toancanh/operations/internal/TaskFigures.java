package vn.toancanh.operations.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.toancanh.catalog.AggregationType;
import vn.toancanh.catalog.CatalogService;
import vn.toancanh.catalog.DataGroupInput;
import vn.toancanh.catalog.DataItemInput;
import vn.toancanh.catalog.IndicatorInput;
import vn.toancanh.catalog.SharingLevel;
import vn.toancanh.catalog.ValueType;
import vn.toancanh.datavalues.ChangeSource;
import vn.toancanh.datavalues.DataValueInput;
import vn.toancanh.datavalues.DataValueService;
import vn.toancanh.datavalues.ImportOptions;
import vn.toancanh.operations.TasksChanged;
import vn.toancanh.organisation.OrganisationService;
import vn.toancanh.organisation.UnitView;
import vn.toancanh.shared.Period;
import vn.toancanh.shared.PeriodType;

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

    private final CatalogService catalog;
    private final DataValueService values;
    private final TaskRepository tasks;
    private final OrganisationService organisation;
    private final JdbcClient jdbc;

    TaskFigures(
            CatalogService catalog,
            DataValueService values,
            TaskRepository tasks,
            OrganisationService organisation,
            JdbcClient jdbc) {
        this.catalog = catalog;
        this.values = values;
        this.tasks = tasks;
        this.organisation = organisation;
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(TasksChanged e) {
        refresh(e.months());
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT12M")
    void refreshCurrentMonth() {
        String month =
                Period.of(PeriodType.MONTHLY, OrganisationService.today()).id();
        Map<Long, Set<String>> months = new HashMap<>();
        jdbc.sql("SELECT DISTINCT lead_unit_id FROM assigned_task")
                .query(Long.class)
                .list()
                .forEach(u -> months.put(u, Set.of(month)));
        refresh(months);
    }

    public void refresh(Map<Long, Set<String>> months) {
        if (months.isEmpty()) {
            return;
        }
        ensureItems();
        Map<Long, UnitView> units = organisation.findByIds(months.keySet());
        LocalDate today = OrganisationService.today();
        List<DataValueInput> rows = new ArrayList<>();
        months.forEach((unitId, ids) -> {
            UnitView unit = units.get(unitId);
            if (unit == null) {
                return;
            }
            for (String id : ids) {
                Period month = Period.parse(id).orElseThrow();
                if (month.startDate().isAfter(today)) {
                    continue;
                }
                LocalDate asOf = month.endDate().isBefore(today) ? month.endDate() : today;
                TaskRepository.MonthFigures f = tasks.month(unitId, month.startDate(), month.endDate(), asOf);
                rows.add(row(DUE, id, unit, f.due()));
                rows.add(row(ON_TIME, id, unit, f.onTime()));
                rows.add(row(LATE, id, unit, f.late()));
                rows.add(row(OVERDUE, id, unit, f.overdue()));
            }
        });
        if (!rows.isEmpty()) {
            values.importValues(rows, ImportOptions.defaults(ChangeSource.API));
        }
    }

    private static DataValueInput row(String item, String period, UnitView unit, long count) {
        return new DataValueInput(item, period, unit.code(), null, String.valueOf(count), null);
    }

    private void ensureItems() {
        if (catalog.findGroupByCode(GROUP).isEmpty()) {
            catalog.createGroup(new DataGroupInput(
                    GROUP,
                    "Nhiệm vụ được giao (tính tự động)",
                    "Assigned tasks (computed)",
                    "Tính từ các nhiệm vụ thành phố và huyện giao, theo đơn vị chủ trì và tháng",
                    "HC-NVG",
                    null,
                    null,
                    PeriodType.MONTHLY,
                    SharingLevel.INTERNAL));
        }
        item(DUE, "Số nhiệm vụ đến hạn trong kỳ", "Tasks due", false);
        item(ON_TIME, "Số nhiệm vụ hoàn thành đúng hạn", "Tasks done on time", false);
        item(LATE, "Số nhiệm vụ hoàn thành trễ hạn", "Tasks done late", false);
        item(OVERDUE, "Số nhiệm vụ quá hạn chưa hoàn thành cuối kỳ", "Tasks overdue at the period's end", true);
        if (catalog.findIndicatorByCode("IND-NV-MC-DUNGHAN").isEmpty()) {
            catalog.createIndicator(new IndicatorInput(
                    "IND-NV-MC-DUNGHAN",
                    "Tỷ lệ nhiệm vụ hoàn thành đúng hạn",
                    "Tasks done on time",
                    "Tính từ các nhiệm vụ được giao",
                    "#{" + ON_TIME + "} / (#{" + ON_TIME + "} + #{" + LATE + "}) * 100",
                    "%",
                    1,
                    "HC-NVG",
                    SharingLevel.INTERNAL,
                    true));
        }
    }

    private void item(String code, String name, String nameEn, boolean atPeriodEnd) {
        if (catalog.findItemByCode(code).isPresent()) {
            return;
        }
        catalog.createItem(new DataItemInput(
                code,
                name,
                nameEn,
                null,
                "Tính tự động từ các nhiệm vụ được giao" + (atPeriodEnd ? " (số cuối kỳ)" : " (số trong kỳ)"),
                GROUP,
                "nhiệm vụ",
                ValueType.INTEGER,
                AggregationType.SUM,
                atPeriodEnd ? AggregationType.LAST : AggregationType.SUM,
                PeriodType.MONTHLY,
                null,
                null,
                null,
                SharingLevel.INTERNAL,
                "Hệ thống quản lý văn bản và điều hành",
                null,
                null,
                BigDecimal.ZERO,
                null,
                true));
    }
}
