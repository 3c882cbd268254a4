package vn.toancanh.operations.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.toancanh.datavalues.DataValueInput;
import vn.toancanh.operations.DocumentsChanged;
import vn.toancanh.organisation.OrganisationService;
import vn.toancanh.organisation.UnitView;
import vn.toancanh.shared.Period;

/**
 * The documents registry's figures by handling unit and month as catalog items — incoming registered, outgoing
 * issued and of them digitally signed, handled on time or late, open past their deadline at the month's end — with
 * the signed share and the on-time rate as indicators. Counted again after each change (after commit, as the
 * system) and every hour for the month under way.
 */
@Component
public class DocumentFigures {

    static final String GROUP = "HC-VB-MC";
    static final String INCOMING = "HC-VB-MC-DEN";
    static final String OUTGOING = "HC-VB-MC-DI";
    static final String SIGNED = "HC-VB-MC-DI-KYSO";
    static final String ON_TIME = "HC-VB-MC-DH";
    static final String LATE = "HC-VB-MC-TH";
    static final String OVERDUE = "HC-VB-MC-QH";

    private static final String SOURCE = "Hệ thống quản lý văn bản và điều hành";

    private final ComputedItems items;
    private final DocumentRepository documents;
    private final OrganisationService organisation;
    private final JdbcClient jdbc;

    DocumentFigures(
            ComputedItems items, DocumentRepository documents, OrganisationService organisation, JdbcClient jdbc) {
        this.items = items;
        this.documents = documents;
        this.organisation = organisation;
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(DocumentsChanged e) {
        refresh(e.months());
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT14M")
    void refreshCurrentMonth() {
        refresh(MonthIds.current(jdbc.sql("SELECT DISTINCT unit_id FROM office_document")
                .query(Long.class)
                .list()));
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
                DocumentRepository.MonthFigures f = documents.month(unitId, month.startDate(), month.endDate(), asOf);
                rows.add(ComputedItems.row(INCOMING, id, unit.code(), f.incoming()));
                rows.add(ComputedItems.row(OUTGOING, id, unit.code(), f.outgoing()));
                rows.add(ComputedItems.row(SIGNED, id, unit.code(), f.outgoingSigned()));
                rows.add(ComputedItems.row(ON_TIME, id, unit.code(), f.onTime()));
                rows.add(ComputedItems.row(LATE, id, unit.code(), f.late()));
                rows.add(ComputedItems.row(OVERDUE, id, unit.code(), f.overdue()));
            }
        });
        items.write(rows);
    }

    private void ensureItems() {
        items.group(
                GROUP,
                "Văn bản đến, đi (tính tự động)",
                "Incoming and outgoing documents (computed)",
                "Tính từ sổ văn bản đến, đi của hệ thống quản lý văn bản, theo đơn vị xử lý và tháng",
                "HC-VB");
        count(INCOMING, "Số văn bản đến", "Incoming documents", false);
        count(OUTGOING, "Số văn bản đi", "Outgoing documents", false);
        count(SIGNED, "Số văn bản đi có chữ ký số", "Outgoing documents digitally signed", false);
        count(ON_TIME, "Số văn bản xử lý đúng hạn", "Documents handled on time", false);
        count(LATE, "Số văn bản xử lý trễ hạn", "Documents handled late", false);
        count(OVERDUE, "Số văn bản quá hạn chưa xử lý cuối kỳ", "Documents overdue at the period's end", true);
        items.rate(
                "IND-VB-MC-KYSO",
                "Tỷ lệ văn bản đi được ký số, gửi điện tử",
                "Outgoing documents signed digitally and sent electronically",
                "#{" + SIGNED + "} / #{" + OUTGOING + "} * 100",
                "HC-VB",
                SOURCE);
        items.rate(
                "IND-VB-MC-DUNGHAN",
                "Tỷ lệ văn bản xử lý đúng hạn",
                "Documents handled on time",
                "#{" + ON_TIME + "} / (#{" + ON_TIME + "} + #{" + LATE + "}) * 100",
                "HC-VB",
                SOURCE);
    }

    private void count(String code, String name, String nameEn, boolean atPeriodEnd) {
        items.count(GROUP, code, name, nameEn, "văn bản", atPeriodEnd, SOURCE, null);
    }
}
