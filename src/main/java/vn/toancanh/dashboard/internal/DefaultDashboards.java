package vn.toancanh.dashboard.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.toancanh.dashboard.ChartType;
import vn.toancanh.dashboard.DashboardKind;
import vn.toancanh.dashboard.DashboardView;
import vn.toancanh.dashboard.WidgetView;

/**
 * The home dashboard and one per domain, created when missing (demo or not). They reference the catalog's demo item
 * codes among the first five of their group ({@code GROUP-001} … {@code GROUP-005}), which exist in every demo size;
 * a catalog without them shows "no data" until an admin edits the widgets. Each ends with the warnings of unusual
 * figures among its items; the home shows them beside the placeholder of the rule-based warnings still to come.
 */
@Component
public class DefaultDashboards {

    private static final Logger log = LoggerFactory.getLogger(DefaultDashboards.class);
    private static final String YEAR_TARGET = "{\"target\":true}";
    private static final String LOCKED = "{\"lockPeriod\":true}";

    private final DashboardRepository dashboards;

    DefaultDashboards(DashboardRepository dashboards) {
        this.dashboards = dashboards;
    }

    /** Creates the missing defaults; returns how many it created. */
    @Transactional
    public int ensure() {
        int created = 0;
        for (DashboardView d : all()) {
            var id = dashboards.insertIfAbsent(d);
            if (id.isPresent()) {
                dashboards.replaceWidgets(id.get(), d.widgets());
                created++;
            }
        }
        if (created > 0) {
            log.info("Default dashboards: {} created", created);
        }
        return created;
    }

    static List<DashboardView> all() {
        return List.of(home(), economy(), society(), administration(), internalAffairs());
    }

    static DashboardView home() {
        return dashboard(
                "HOME",
                "Tổng quan huyện",
                "District overview",
                DashboardKind.HOME,
                null,
                0,
                List.of(
                        w(
                                3,
                                ChartType.SINGLE,
                                "Thu ngân sách",
                                "Budget revenue",
                                "THIS_YEAR",
                                YEAR_TARGET,
                                "KT-TCKH-01-001"),
                        w(
                                3,
                                ChartType.SINGLE,
                                "Chi ngân sách",
                                "Budget expenditure",
                                "THIS_YEAR",
                                YEAR_TARGET,
                                "KT-TCKH-02-001"),
                        w(
                                3,
                                ChartType.SINGLE,
                                "Giá trị sản xuất",
                                "Production value",
                                "THIS_YEAR",
                                YEAR_TARGET,
                                "KT-TCKH-05-003"),
                        w(
                                3,
                                ChartType.SINGLE,
                                "Hồ sơ nộp trực tuyến",
                                "Dossiers filed online",
                                "THIS_YEAR",
                                YEAR_TARGET,
                                "HC-TTHC-01-001"),
                        w(
                                3,
                                ChartType.SINGLE,
                                "Hồ sơ giải quyết đúng hạn",
                                "Dossiers resolved on time",
                                "THIS_YEAR",
                                YEAR_TARGET,
                                "HC-TTHC-02-001"),
                        w(
                                3,
                                ChartType.SINGLE,
                                "Dân số trung bình",
                                "Average population",
                                "LAST_YEAR",
                                LOCKED,
                                "XH-LDTBXH-01-001"),
                        w(3, ChartType.SINGLE, "Số trường học", "Schools", "LAST_YEAR", LOCKED, "XH-GDDT-01-004"),
                        w(
                                3,
                                ChartType.SINGLE,
                                "Lượt khám bệnh",
                                "Outpatient visits",
                                "THIS_YEAR",
                                "{}",
                                "XH-YT-02-001"),
                        w(
                                3,
                                ChartType.SINGLE,
                                "Vụ án hình sự phát hiện",
                                "Criminal cases detected",
                                "THIS_YEAR",
                                "{}",
                                "NC-ANTT-01-001"),
                        placeholder("Nhiệm vụ quá hạn", "Overdue tasks", "operations"),
                        placeholder("Văn bản ký số", "Digitally signed documents", "operations"),
                        placeholder("Phản ánh chưa xử lý", "Open citizen feedback", "feedback"),
                        placeholder("Cảnh báo đang hiệu lực", "Active warnings", "alerts"),
                        warnings(
                                9,
                                "KT-TCKH-01-001",
                                "KT-TCKH-02-001",
                                "KT-TCKH-05-003",
                                "HC-TTHC-01-001",
                                "HC-TTHC-02-001",
                                "XH-LDTBXH-01-001",
                                "XH-GDDT-01-004",
                                "XH-YT-02-001",
                                "NC-ANTT-01-001"),
                        w(
                                6,
                                ChartType.COLUMN,
                                "Thu, chi ngân sách theo tháng",
                                "Budget revenue and expenditure by month",
                                "LAST_12_MONTHS",
                                "{}",
                                "KT-TCKH-01-001",
                                "KT-TCKH-02-001"),
                        w(
                                6,
                                ChartType.LINE,
                                "Hồ sơ thủ tục hành chính",
                                "Administrative dossiers",
                                "LAST_12_MONTHS",
                                "{}",
                                "HC-TTHC-01-001",
                                "HC-TTHC-02-001")));
    }

    static DashboardView economy() {
        return dashboard(
                "KT",
                "Kinh tế",
                "Economy",
                DashboardKind.DOMAIN,
                "KT",
                1,
                withWarnings(List.of(
                        w(
                                8,
                                ChartType.COLUMN,
                                "Thu, chi ngân sách",
                                "Budget revenue and expenditure",
                                "LAST_12_MONTHS",
                                "{}",
                                "KT-TCKH-01-001",
                                "KT-TCKH-02-001"),
                        w(
                                4,
                                ChartType.GAUGE,
                                "Tỷ lệ giải ngân vốn đầu tư công",
                                "Public investment disbursement rate",
                                "THIS_YEAR",
                                "{}",
                                "KT-TCKH-03-002"),
                        w(
                                6,
                                ChartType.STACKED,
                                "Cơ cấu thu ngân sách",
                                "Budget revenue structure",
                                "LAST_12_MONTHS",
                                "{}",
                                "KT-TCKH-01-002",
                                "KT-TCKH-01-003"),
                        w(
                                6,
                                ChartType.LINE,
                                "Giá trị sản xuất toàn huyện",
                                "District production value",
                                "LAST_4_QUARTERS",
                                "{}",
                                "KT-TCKH-05-003"),
                        w(
                                6,
                                ChartType.COLUMN,
                                "Nông nghiệp: diện tích gieo trồng",
                                "Agriculture: sown area",
                                "LAST_4_QUARTERS",
                                "{}",
                                "KT-NN-01-001"),
                        w(
                                6,
                                ChartType.LINE,
                                "Môi trường: rác thải sinh hoạt",
                                "Environment: domestic waste",
                                "LAST_12_MONTHS",
                                "{}",
                                "KT-TNMT-02-003"),
                        w(
                                6,
                                ChartType.COLUMN,
                                "Dự án đầu tư xây dựng: giải ngân",
                                "Construction projects: disbursement",
                                "LAST_12_MONTHS",
                                "{}",
                                "KT-DADT-03-001",
                                "KT-DADT-03-002"),
                        w(
                                6,
                                ChartType.TABLE,
                                "Dự án đang triển khai và chậm tiến độ",
                                "Projects under way and delayed",
                                "LAST_4_QUARTERS",
                                "{}",
                                "KT-DADT-01-001",
                                "KT-DADT-01-003"))));
    }

    static DashboardView society() {
        return dashboard(
                "XH",
                "Xã hội",
                "Society",
                DashboardKind.DOMAIN,
                "XH",
                2,
                withWarnings(List.of(
                        w(
                                6,
                                ChartType.COLUMN,
                                "Giáo dục: số trường học",
                                "Education: schools",
                                "LAST_5_YEARS",
                                "{}",
                                "XH-GDDT-01-004"),
                        w(
                                6,
                                ChartType.LINE,
                                "Y tế: lượt khám và điều trị",
                                "Health: visits and admissions",
                                "LAST_12_MONTHS",
                                "{}",
                                "XH-YT-02-001",
                                "XH-YT-02-002"),
                        w(
                                6,
                                ChartType.COLUMN,
                                "Văn hóa: khách du lịch",
                                "Culture: tourist arrivals",
                                "LAST_12_MONTHS",
                                "{}",
                                "XH-VHTT-05-001"),
                        w(
                                6,
                                ChartType.STACKED,
                                "Lao động - xã hội: hộ nghèo, cận nghèo",
                                "Labour: poor and near-poor households",
                                "LAST_5_YEARS",
                                "{}",
                                "XH-LDTBXH-03-003",
                                "XH-LDTBXH-03-004"),
                        w(
                                6,
                                ChartType.COLUMN,
                                "Tư pháp: đăng ký khai sinh, khai tử",
                                "Justice: births and deaths registered",
                                "LAST_12_MONTHS",
                                "{}",
                                "XH-TP-01-003",
                                "XH-TP-01-004"),
                        w(
                                6,
                                ChartType.PIE,
                                "Tư pháp: chứng thực",
                                "Justice: certifications",
                                "THIS_YEAR",
                                "{}",
                                "XH-TP-02-001",
                                "XH-TP-02-002"))));
    }

    static DashboardView administration() {
        return dashboard(
                "HC",
                "Hành chính",
                "Administration",
                DashboardKind.DOMAIN,
                "HC",
                3,
                withWarnings(List.of(
                        w(
                                8,
                                ChartType.COLUMN,
                                "Hồ sơ tiếp nhận và tiếp nhận trực tuyến",
                                "Dossiers received, and online",
                                "LAST_12_MONTHS",
                                "{}",
                                "HC-TTHC-01-002",
                                "HC-TTHC-01-003"),
                        w(
                                4,
                                ChartType.GAUGE,
                                "Tỷ lệ hồ sơ trực tuyến",
                                "Online dossier rate",
                                "THIS_YEAR",
                                "{}",
                                "HC-TTHC-01-001"),
                        w(
                                4,
                                ChartType.GAUGE,
                                "Tỷ lệ giải quyết đúng hạn",
                                "On-time resolution rate",
                                "THIS_YEAR",
                                "{}",
                                "HC-TTHC-02-001"),
                        w(
                                8,
                                ChartType.LINE,
                                "Văn bản đến và đi",
                                "Incoming and outgoing documents",
                                "LAST_12_MONTHS",
                                "{}",
                                "HC-VB-01-001",
                                "HC-VB-02-002"),
                        w(
                                6,
                                ChartType.COLUMN,
                                "Nhiệm vụ giao các phòng ban",
                                "Tasks assigned to offices",
                                "LAST_12_MONTHS",
                                "{}",
                                "HC-NVG-02-001",
                                "HC-NVG-02-002"),
                        w(
                                6,
                                ChartType.COLUMN,
                                "Cuộc họp",
                                "Meetings",
                                "LAST_12_MONTHS",
                                "{}",
                                "HC-HCQT-03-001",
                                "HC-HCQT-03-002"))));
    }

    static DashboardView internalAffairs() {
        return dashboard(
                "NC",
                "Nội chính",
                "Internal affairs",
                DashboardKind.DOMAIN,
                "NC",
                4,
                withWarnings(List.of(
                        w(
                                6,
                                ChartType.LINE,
                                "An ninh trật tự: vụ án hình sự",
                                "Security: criminal cases",
                                "LAST_12_MONTHS",
                                "{}",
                                "NC-ANTT-01-001",
                                "NC-ANTT-01-002"),
                        w(
                                6,
                                ChartType.COLUMN,
                                "Tai nạn giao thông",
                                "Road accidents",
                                "LAST_12_MONTHS",
                                "{}",
                                "NC-ANTT-03-001",
                                "NC-ANTT-03-003"),
                        w(
                                6,
                                ChartType.COLUMN,
                                "Đơn thư khiếu nại",
                                "Complaints",
                                "LAST_12_MONTHS",
                                "{}",
                                "NC-KNTC-02-002",
                                "NC-KNTC-02-003"),
                        w(6, ChartType.COLUMN, "Thanh tra", "Inspections", "LAST_4_QUARTERS", "{}", "NC-TTr-01-001"),
                        w(
                                6,
                                ChartType.COLUMN,
                                "Thi hành án dân sự",
                                "Civil judgment enforcement",
                                "LAST_12_MONTHS",
                                "{}",
                                "NC-TPTHA-04-001",
                                "NC-TPTHA-04-003"),
                        w(
                                6,
                                ChartType.TABLE,
                                "Quân sự - quốc phòng: tuyển quân",
                                "Military recruitment",
                                "LAST_5_YEARS",
                                "{}",
                                "NC-QSQP-01-001",
                                "NC-QSQP-01-002"))));
    }

    private static DashboardView dashboard(
            String code,
            String title,
            String titleEn,
            DashboardKind kind,
            @Nullable String domain,
            int sortOrder,
            List<WidgetView> widgets) {
        return new DashboardView(
                0,
                code,
                title,
                titleEn,
                kind,
                domain,
                null,
                Set.of(),
                Set.of(),
                30,
                true,
                sortOrder,
                Instant.EPOCH,
                widgets);
    }

    private static WidgetView w(
            int width, ChartType type, String title, String titleEn, String pe, String options, String... dx) {
        return new WidgetView(0, 0, width, type, title, titleEn, new ArrayList<>(List.of(dx)), pe, "", options);
    }

    /** A domain dashboard's widgets and, last and full width, the warnings of unusual figures among their items. */
    private static List<WidgetView> withWarnings(List<WidgetView> widgets) {
        List<WidgetView> all = new ArrayList<>(widgets);
        String[] items =
                widgets.stream().flatMap(w -> w.dx().stream()).distinct().toArray(String[]::new);
        all.add(warnings(12, items));
        return all;
    }

    private static WidgetView warnings(int width, String... dx) {
        return w(
                width,
                ChartType.WARNINGS,
                "Cảnh báo số liệu bất thường",
                "Unusual figures",
                "LAST_3_MONTHS",
                "{\"method\":\"MEDIAN\"}",
                dx);
    }

    private static WidgetView placeholder(String title, String titleEn, String module) {
        return new WidgetView(
                0,
                0,
                3,
                ChartType.PLACEHOLDER,
                title,
                titleEn,
                List.of(),
                "THIS_YEAR",
                "",
                "{\"module\":\"" + module + "\"}");
    }
}
