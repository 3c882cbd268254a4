package vn.toancanh.operations.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.toancanh.catalog.ComputedCount;
import vn.toancanh.operations.DocumentsChanged;

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
    // the documents a figure counts, for the dashboards' records link: registered or issued in the month (the list
    // has no filter for "handled in the month")
    private static final String LIST = "/operations/documents?unit={unit}&month={period}";

    private final MonthlyFigures figures;
    private final ComputedItems items;
    private final DocumentRepository documents;

    DocumentFigures(MonthlyFigures figures, ComputedItems items, DocumentRepository documents) {
        this.figures = figures;
        this.items = items;
        this.documents = documents;
    }

    @ApplicationModuleListener
    void on(DocumentsChanged e) {
        refresh(e.months());
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT14M")
    void refreshCurrentMonth() {
        refresh(figures.currentMonth("SELECT DISTINCT unit_id FROM office_document"));
    }

    public void refresh(Map<Long, Set<String>> months) {
        figures.refresh(months, this::ensureItems, (unitId, month, now) -> {
            DocumentRepository.MonthFigures f =
                    documents.month(unitId, month.startDate(), month.endDate(), MonthlyFigures.asOf(month, now));
            return List.of(
                    Map.entry(INCOMING, f.incoming()),
                    Map.entry(OUTGOING, f.outgoing()),
                    Map.entry(SIGNED, f.outgoingSigned()),
                    Map.entry(ON_TIME, f.onTime()),
                    Map.entry(LATE, f.late()),
                    Map.entry(OVERDUE, f.overdue()));
        });
    }

    private void ensureItems() {
        items.group(
                GROUP,
                "Văn bản đến, đi (tính tự động)",
                "Incoming and outgoing documents (computed)",
                "Tính từ sổ văn bản đến, đi của hệ thống quản lý văn bản, theo đơn vị xử lý và tháng",
                "HC-VB");
        count(INCOMING, "Số văn bản đến", "Incoming documents", false, LIST + "&direction=INCOMING");
        count(OUTGOING, "Số văn bản đi", "Outgoing documents", false, LIST + "&direction=OUTGOING");
        count(
                SIGNED,
                "Số văn bản đi có chữ ký số",
                "Outgoing documents digitally signed",
                false,
                LIST + "&direction=OUTGOING&signed=true");
        count(ON_TIME, "Số văn bản xử lý đúng hạn", "Documents handled on time", false, null);
        count(LATE, "Số văn bản xử lý trễ hạn", "Documents handled late", false, null);
        count(OVERDUE, "Số văn bản quá hạn chưa xử lý cuối kỳ", "Documents overdue at the period's end", true, null);
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

    private void count(String code, String name, String nameEn, boolean atPeriodEnd, @Nullable String list) {
        items.count(new ComputedCount(GROUP, code, name, nameEn, "văn bản", atPeriodEnd, SOURCE, null, list));
    }
}
