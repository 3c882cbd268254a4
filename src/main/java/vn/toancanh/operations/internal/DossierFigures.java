package vn.toancanh.operations.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.toancanh.catalog.ComputedCount;
import vn.toancanh.operations.DossierCounts;
import vn.toancanh.operations.DossiersChanged;
import vn.toancanh.organisation.OrganisationService;

/**
 * The dossiers' figures by unit and month as catalog items — received, online, full-process online, paid online,
 * resolved early, on time and late, in progress and overdue at the month's end — and the rates over them as
 * indicators (the online rate is the district's 86.5 % kind of figure), so dashboards, maps and warnings use them like
 * any figure. Counted again after each import (after commit, as the system) and every hour for the month under way,
 * whose overdue count grows with time.
 */
@Component
public class DossierFigures {

    static final String GROUP = "HC-TTHC-MC";
    static final String RECEIVED = "HC-TTHC-MC-TN";
    static final String ONLINE = "HC-TTHC-MC-TT";
    static final String FULL_ONLINE = "HC-TTHC-MC-TTTT";
    static final String PAID_ONLINE = "HC-TTHC-MC-TTTTR";
    static final String EARLY = "HC-TTHC-MC-TH";
    static final String ON_TIME = "HC-TTHC-MC-DH";
    static final String LATE = "HC-TTHC-MC-QH";
    static final String IN_PROGRESS = "HC-TTHC-MC-DXL";
    static final String OVERDUE = "HC-TTHC-MC-QHCL";

    private static final String SOURCE = "Hệ thống một cửa điện tử";
    // the dossiers a figure counts, for the dashboards' records link: received in the month, or resolved in it
    // ("by=completed") early, on time or late; the online and end-of-month counts have no list that matches exactly
    private static final String LIST = "/operations/dossiers?unit={unit}&month={period}";

    private final MonthlyFigures figures;
    private final ComputedItems items;
    private final DossierRepository dossiers;

    DossierFigures(MonthlyFigures figures, ComputedItems items, DossierRepository dossiers) {
        this.figures = figures;
        this.items = items;
        this.dossiers = dossiers;
    }

    @ApplicationModuleListener
    void on(DossiersChanged e) {
        refresh(e.months());
    }

    /** The month under way for every unit with dossiers: its open dossiers become overdue as time passes. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT10M")
    void refreshCurrentMonth() {
        refresh(figures.currentMonth("SELECT DISTINCT unit_id FROM dossier"));
    }

    /** Counts the figures of these units' months again and writes them. */
    public void refresh(Map<Long, Set<String>> months) {
        figures.refresh(months, this::ensureItems, (unitId, month, now) -> {
            DossierCounts f = dossiers.month(
                    unitId, startOf(month.startDate()), startOf(month.endDate().plusDays(1)), now);
            return List.of(
                    Map.entry(RECEIVED, f.received()),
                    Map.entry(ONLINE, f.online()),
                    Map.entry(FULL_ONLINE, f.fullOnline()),
                    Map.entry(PAID_ONLINE, f.paidOnline()),
                    Map.entry(EARLY, f.early()),
                    Map.entry(ON_TIME, f.onTime()),
                    Map.entry(LATE, f.late()),
                    Map.entry(IN_PROGRESS, f.inProgress()),
                    Map.entry(OVERDUE, f.overdue()));
        });
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(OrganisationService.ZONE).toInstant();
    }

    private void ensureItems() {
        items.group(
                GROUP,
                "Hồ sơ một cửa điện tử (tính tự động)",
                "One-stop-shop dossiers (computed)",
                "Tính từ các hồ sơ thủ tục hành chính nhận từ hệ thống một cửa điện tử, theo đơn vị tiếp nhận và tháng",
                "HC-TTHC");
        count(RECEIVED, "Số hồ sơ tiếp nhận (một cửa điện tử)", "Dossiers received", false, LIST);
        count(ONLINE, "Số hồ sơ tiếp nhận trực tuyến (một cửa điện tử)", "Dossiers received online", false, null);
        count(FULL_ONLINE, "Số hồ sơ trực tuyến toàn trình", "Dossiers filed fully online", false, null);
        count(PAID_ONLINE, "Số hồ sơ thanh toán phí trực tuyến", "Dossiers with fees paid online", false, null);
        count(
                EARLY,
                "Số hồ sơ giải quyết trước hạn",
                "Dossiers resolved early",
                false,
                LIST + "&by=completed&timeliness=EARLY");
        count(
                ON_TIME,
                "Số hồ sơ giải quyết đúng hạn",
                "Dossiers resolved on time",
                false,
                LIST + "&by=completed&timeliness=ON_TIME");
        count(
                LATE,
                "Số hồ sơ giải quyết trễ hạn",
                "Dossiers resolved late",
                false,
                LIST + "&by=completed&timeliness=LATE");
        count(IN_PROGRESS, "Số hồ sơ đang giải quyết cuối kỳ", "Dossiers in progress at the period's end", true, null);
        count(OVERDUE, "Số hồ sơ quá hạn chưa giải quyết cuối kỳ", "Dossiers overdue at the period's end", true, null);
        rate(
                "IND-MC-TRUCTUYEN",
                "Tỷ lệ hồ sơ tiếp nhận trực tuyến",
                "Online dossier rate",
                "#{" + ONLINE + "} / #{" + RECEIVED + "} * 100");
        rate(
                "IND-MC-TOANTRINH",
                "Tỷ lệ hồ sơ trực tuyến toàn trình",
                "Full-process online rate",
                "#{" + FULL_ONLINE + "} / #{" + RECEIVED + "} * 100");
        rate(
                "IND-MC-THANHTOAN",
                "Tỷ lệ hồ sơ thanh toán trực tuyến",
                "Online payment rate",
                "#{" + PAID_ONLINE + "} / #{" + RECEIVED + "} * 100");
        rate(
                "IND-MC-DUNGHAN",
                "Tỷ lệ hồ sơ giải quyết trước hạn và đúng hạn",
                "Dossiers resolved early or on time",
                "(#{" + EARLY + "} + #{" + ON_TIME + "}) / (#{" + EARLY + "} + #{" + ON_TIME + "} + #{" + LATE
                        + "}) * 100");
    }

    private void count(String code, String name, String nameEn, boolean atPeriodEnd, @Nullable String list) {
        items.count(new ComputedCount(
                GROUP, code, name, nameEn, "hồ sơ", atPeriodEnd, SOURCE, "Quyết định 766/QĐ-TTg", list));
    }

    private void rate(String code, String name, String nameEn, String expression) {
        items.rate(code, name, nameEn, expression, "HC-TTHC", SOURCE);
    }
}
