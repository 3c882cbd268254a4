package vn.toancanh.feedback.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.toancanh.catalog.CatalogService;
import vn.toancanh.catalog.ComputedCount;
import vn.toancanh.catalog.IndicatorInput;
import vn.toancanh.catalog.SharingLevel;
import vn.toancanh.datavalues.ChangeSource;
import vn.toancanh.datavalues.DataValueInput;
import vn.toancanh.datavalues.DataValueService;
import vn.toancanh.datavalues.ImportOptions;
import vn.toancanh.feedback.FeedbackChanged;
import vn.toancanh.organisation.OrganisationService;
import vn.toancanh.organisation.UnitView;
import vn.toancanh.shared.Period;
import vn.toancanh.shared.PeriodType;

/**
 * The feedback figures by handling unit and month as catalog items — received in the month, answered in it on time
 * and late, open past their deadline at its end — and the on-time rate as an indicator. Counted again after each
 * change (after commit, as the system) and every hour for the month under way, as the operations' figures are.
 */
@Component
public class FeedbackItems {

    public static final String GROUP = "HC-PAKN-MC";
    public static final String RECEIVED = "HC-PAKN-MC-TN";
    public static final String ON_TIME = "HC-PAKN-MC-DH";
    public static final String LATE = "HC-PAKN-MC-TH";
    public static final String OVERDUE = "HC-PAKN-MC-QH";
    public static final String RATE = "IND-PAKN-DUNGHAN";

    private static final String SECTOR = "HC-CCHC";
    private static final String SOURCE = "Hệ thống tiếp nhận phản ánh, kiến nghị";

    private final FeedbackRepository requests;
    private final CatalogService catalog;
    private final DataValueService values;
    private final OrganisationService organisation;

    FeedbackItems(
            FeedbackRepository requests,
            CatalogService catalog,
            DataValueService values,
            OrganisationService organisation) {
        this.requests = requests;
        this.catalog = catalog;
        this.values = values;
        this.organisation = organisation;
    }

    @ApplicationModuleListener
    void on(FeedbackChanged e) {
        refresh(e.months());
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT14M")
    void refreshCurrentMonth() {
        String month =
                Period.of(PeriodType.MONTHLY, OrganisationService.today()).id();
        Map<Long, Set<String>> months = new HashMap<>();
        requests.unitsWithRequests().forEach(u -> months.put(u, Set.of(month)));
        refresh(months);
    }

    /** Counts these units' months again (those begun) and writes them, the items created first if missing. */
    public void refresh(Map<Long, Set<String>> months) {
        if (months.isEmpty()) {
            return;
        }
        ensureItems();
        Map<Long, UnitView> units = organisation.findByIds(months.keySet());
        Instant now = Instant.now();
        LocalDate today = LocalDate.ofInstant(now, OrganisationService.ZONE);
        List<DataValueInput> rows = new ArrayList<>();
        months.forEach((unitId, ids) -> {
            UnitView unit = units.get(unitId);
            for (String id : unit == null ? Set.<String>of() : ids) {
                Period month = Period.parse(id).orElseThrow();
                if (month.startDate().isAfter(today)) {
                    continue;
                }
                Instant start =
                        month.startDate().atStartOfDay(OrganisationService.ZONE).toInstant();
                Instant end = month.endDate()
                        .plusDays(1)
                        .atStartOfDay(OrganisationService.ZONE)
                        .toInstant();
                var f = requests.month(unitId, start, end, end.isBefore(now) ? end : now);
                rows.add(row(RECEIVED, id, unit, f.received()));
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
        catalog.ensureComputedGroup(
                GROUP,
                "Phản ánh, kiến nghị (tính tự động)",
                "Citizen feedback (computed)",
                "Tính từ phản ánh, kiến nghị của người dân, theo đơn vị xử lý và tháng",
                SECTOR);
        // the requests a figure of received counts; those answered in the month have no list of their own
        count(
                RECEIVED,
                "Số phản ánh, kiến nghị tiếp nhận",
                "Feedback received",
                false,
                "/feedback?unit={unit}&period={period}");
        count(ON_TIME, "Số phản ánh, kiến nghị trả lời đúng hạn", "Feedback answered on time", false, null);
        count(LATE, "Số phản ánh, kiến nghị trả lời trễ hạn", "Feedback answered late", false, null);
        count(
                OVERDUE,
                "Số phản ánh, kiến nghị quá hạn chưa trả lời cuối kỳ",
                "Feedback overdue at the period's end",
                true,
                null);
        if (catalog.findIndicatorByCode(RATE).isEmpty()) {
            catalog.createIndicator(new IndicatorInput(
                    RATE,
                    "Tỷ lệ phản ánh, kiến nghị trả lời đúng hạn",
                    "Feedback answered on time",
                    "Tính từ " + SOURCE,
                    "#{" + ON_TIME + "} / (#{" + ON_TIME + "} + #{" + LATE + "}) * 100",
                    "%",
                    1,
                    SECTOR,
                    SharingLevel.INTERNAL,
                    true));
        }
    }

    private void count(String code, String name, String nameEn, boolean atPeriodEnd, @Nullable String list) {
        catalog.ensureComputedCount(
                new ComputedCount(GROUP, code, name, nameEn, "phản ánh", atPeriodEnd, SOURCE, null, list));
    }
}
