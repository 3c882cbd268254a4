package vn.toancanh.reporting.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.toancanh.catalog.AggregationType;
import vn.toancanh.catalog.CatalogService;
import vn.toancanh.catalog.DataGroupInput;
import vn.toancanh.catalog.DataItemInput;
import vn.toancanh.catalog.SharingLevel;
import vn.toancanh.catalog.ValueType;
import vn.toancanh.datavalues.ChangeSource;
import vn.toancanh.datavalues.DataValueInput;
import vn.toancanh.datavalues.DataValueService;
import vn.toancanh.datavalues.ImportOptions;
import vn.toancanh.reporting.ReportFormView;
import vn.toancanh.reporting.internal.ReportRepository.StoredReport;
import vn.toancanh.shared.Period;
import vn.toancanh.shared.PeriodType;

/**
 * Each form's reporting rate and on-time rate as two data items of the catalog, so dashboards, maps and warnings use
 * them like any figure, live: every unit that must report gets 100 or 0 per period (sent or not; sent by the deadline
 * or not), and the analytics' average over units is the rate — 93,8 % when 15 of 16 communes have sent.
 */
@Component
public class ReportingRates {

    static final String GROUP = "HC-CCHC-BCDK";
    private static final String HUNDRED = "100";
    private static final String ZERO = "0";

    private final CatalogService catalog;
    private final DataValueService values;
    private final ReportRepository reports;

    ReportingRates(CatalogService catalog, DataValueService values, ReportRepository reports) {
        this.catalog = catalog;
        this.values = values;
        this.reports = reports;
    }

    /** The item of the share of units that have sent the form. */
    public static String sentItem(String formCode) {
        return formCode + "-TLGUI";
    }

    /** The item of the share of units that sent it by the deadline. */
    public static String onTimeItem(String formCode) {
        return formCode + "-TLDH";
    }

    /** Writes every assigned unit's two values for the period from the reports as they stand. */
    public void refresh(ReportFormView form, Period period) {
        ensureItems(form);
        Map<Long, StoredReport> stored = reports.ofPeriod(form.id(), period.id()).stream()
                .collect(Collectors.toMap(StoredReport::unitId, Function.identity()));
        List<DataValueInput> rows = new ArrayList<>();
        for (ReportFormView.FormUnit unit : form.units()) {
            StoredReport r = stored.get(unit.id());
            boolean sent = r != null && r.status().sent();
            boolean onTime = sent && r.submittedAt() != null && ReportWorkflow.onTime(r.submittedAt(), r.deadline());
            rows.add(row(sentItem(form.code()), period, unit.code(), sent));
            rows.add(row(onTimeItem(form.code()), period, unit.code(), onTime));
        }
        values.importValues(rows, ImportOptions.defaults(ChangeSource.API));
    }

    private static DataValueInput row(String item, Period period, String unit, boolean yes) {
        return new DataValueInput(item, period.id(), unit, null, yes ? HUNDRED : ZERO, null);
    }

    private void ensureItems(ReportFormView form) {
        if (catalog.findGroupByCode(GROUP).isEmpty()) {
            catalog.createGroup(new DataGroupInput(
                    GROUP,
                    "Chế độ báo cáo định kỳ",
                    "Periodic reporting",
                    "Tỷ lệ đơn vị đã gửi và gửi đúng hạn từng chế độ báo cáo (tính từ các báo cáo định kỳ)",
                    "HC-CCHC",
                    null,
                    null,
                    PeriodType.MONTHLY,
                    SharingLevel.INTERNAL));
        }
        List<String> units =
                form.units().stream().map(ReportFormView.FormUnit::code).toList();
        item(
                sentItem(form.code()),
                "Tỷ lệ đơn vị đã gửi: " + form.name(),
                "Reporting rate: " + form.name(true),
                form,
                units);
        item(
                onTimeItem(form.code()),
                "Tỷ lệ đơn vị gửi đúng hạn: " + form.name(),
                "On-time reporting rate: " + form.name(true),
                form,
                units);
    }

    private void item(String code, String name, String nameEn, ReportFormView form, List<String> units) {
        if (catalog.findItemByCode(code).isPresent()) {
            return;
        }
        catalog.createItem(new DataItemInput(
                code,
                cut(name, 400),
                cut(nameEn, 400),
                null,
                "Tính tự động từ các báo cáo " + form.code() + ": 100 khi đơn vị đã gửi, 0 khi chưa",
                GROUP,
                "%",
                ValueType.PERCENTAGE,
                AggregationType.AVERAGE,
                AggregationType.AVERAGE,
                form.periodType(),
                null,
                null,
                units,
                SharingLevel.INTERNAL,
                "Báo cáo định kỳ",
                form.legalBasis() == null ? null : cut(form.legalBasis(), 300),
                null,
                BigDecimal.ZERO,
                BigDecimal.valueOf(100),
                true));
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
