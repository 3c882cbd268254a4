package vn.toancanh.reports.internal;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.toancanh.organisation.OrganisationService;
import vn.toancanh.reports.ReportTemplateInput;
import vn.toancanh.reports.ReportTemplates;
import vn.toancanh.reports.TemplateBlock;
import vn.toancanh.shared.DemoDataSize;
import vn.toancanh.shared.DemoDataStep;
import vn.toancanh.shared.Period;
import vn.toancanh.shared.PeriodType;

/**
 * The district's monthly, nine-month and yearly socio-economic situation reports as templates, written the way the district
 * office writes them (a narrative per sector with figures, tables compared with last year, charts), on a schedule;
 * with demo values, the last two months', the last nine months' and last year's reports are already in the
 * library.
 */
@Component
class ReportsDemoData implements DemoDataStep {

    static final String DISTRICT = "312";
    static final String MONTHLY = "BC-KTXH-THANG";
    static final String NINE_MONTHS = "BC-KTXH-9THANG";
    static final String YEARLY = "BC-KTXH-NAM";

    private final ReportTemplates templates;

    ReportsDemoData(ReportTemplates templates) {
        this.templates = templates;
    }

    @Override
    public int order() {
        return 490;
    }

    @Override
    public String name() {
        return "reports";
    }

    @Override
    public void load(DemoDataSize size, long seed) {
        if (templates.exists(MONTHLY)) {
            return;
        }
        templates.create(monthly());
        templates.create(nineMonths());
        templates.create(yearly());
        if (size == DemoDataSize.MINIMAL) {
            return;
        }
        Period month =
                Period.of(PeriodType.MONTHLY, OrganisationService.today()).previous();
        templates.generate(MONTHLY, month.previous().id());
        templates.generate(MONTHLY, month.id());
        Period nine = Period.of(PeriodType.NINE_MONTHLY, OrganisationService.today());
        templates.generate(
                NINE_MONTHS,
                nine.endDate().isBefore(OrganisationService.today())
                        ? nine.id()
                        : nine.previous().id());
        templates.generate(
                YEARLY,
                Period.of(PeriodType.YEARLY, OrganisationService.today())
                        .previous()
                        .id());
    }

    private static ReportTemplateInput monthly() {
        return new ReportTemplateInput(
                MONTHLY,
                "Báo cáo tình hình kinh tế - xã hội, quốc phòng - an ninh",
                "MONTHLY",
                DISTRICT,
                20,
                List.of("vanphong@anduong.haiphong.gov.vn", "lanhdao@anduong.haiphong.gov.vn"),
                true,
                List.of(
                        TemplateBlock.text(
                                "I. PHÁT TRIỂN KINH TẾ",
                                "Giá trị sản xuất công nghiệp {{ky}} ước đạt {{KT-KTHT-01-002}} triệu đồng, bằng "
                                        + "{{KT-KTHT-01-002|sosanh}}% so với cùng kỳ năm trước; lũy kế từ đầu năm "
                                        + "đạt {{KT-KTHT-01-002|luyke}} triệu đồng. Thu ngân sách nhà nước trên địa "
                                        + "bàn đạt {{KT-TCKH-01-001}} triệu đồng; chi ngân sách địa phương "
                                        + "{{KT-TCKH-02-001}} triệu đồng. Tỷ lệ giải ngân vốn đầu tư công đạt "
                                        + "{{KT-TCKH-03-002}}%. Trong tháng cấp {{KT-KTHT-04-001}} giấy phép xây "
                                        + "dựng."),
                        TemplateBlock.table(
                                "Bảng 1. Một số chỉ tiêu kinh tế chủ yếu",
                                TemplateBlock.Rows.ITEMS,
                                "KT-KTHT-01-002",
                                "KT-TCKH-01-001",
                                "KT-TCKH-02-001",
                                "KT-TCKH-03-002",
                                "KT-KTHT-04-001"),
                        TemplateBlock.chart(
                                "Biểu đồ 1. Thu, chi ngân sách 12 tháng gần nhất",
                                TemplateBlock.Chart.LINE,
                                12,
                                "KT-TCKH-01-001",
                                "KT-TCKH-02-001"),
                        TemplateBlock.text(
                                "II. VĂN HÓA - XÃ HỘI",
                                "Các cơ sở y tế trên địa bàn khám bệnh cho {{XH-YT-02-001}} lượt người, bằng "
                                        + "{{XH-YT-02-001|sosanh}}% cùng kỳ; lũy kế từ đầu năm "
                                        + "{{XH-YT-02-001|luyke}} lượt."),
                        TemplateBlock.text(
                                "III. CẢI CÁCH HÀNH CHÍNH",
                                "Trong {{ky}}, trên địa bàn {{donvi}} tiếp nhận {{HC-TTHC-01-002}} hồ sơ thủ tục "
                                        + "hành chính (cùng kỳ {{HC-TTHC-01-002|cungky}} hồ sơ), trong đó "
                                        + "{{HC-TTHC-01-003}} hồ sơ trực tuyến; tỷ lệ hồ sơ giải quyết trước hạn và "
                                        + "đúng hạn đạt {{HC-TTHC-02-001}}%. Ban hành {{HC-VB-02-002}} văn bản đi."),
                        TemplateBlock.table(
                                "Bảng 2. Giải quyết thủ tục hành chính theo xã, thị trấn",
                                TemplateBlock.Rows.UNITS,
                                "HC-TTHC-02-003",
                                "HC-TTHC-02-004",
                                "HC-TTHC-02-001"),
                        TemplateBlock.chart(
                                "Biểu đồ 2. Hồ sơ tiếp nhận 6 tháng gần nhất",
                                TemplateBlock.Chart.BAR,
                                6,
                                "HC-TTHC-01-002",
                                "HC-TTHC-01-003"),
                        TemplateBlock.text(
                                "IV. QUỐC PHÒNG - AN NINH",
                                "Lực lượng công an phát hiện {{NC-ANTT-01-001}} vụ án hình sự (cùng kỳ năm trước "
                                        + "{{NC-ANTT-01-001|cungky}} vụ); tình hình an ninh chính trị, trật tự an "
                                        + "toàn xã hội được giữ vững."),
                        TemplateBlock.text(
                                "V. NHIỆM VỤ TRỌNG TÂM THÁNG TỚI",
                                "Tập trung thu ngân sách, đẩy nhanh giải ngân vốn đầu tư công; nâng tỷ lệ hồ sơ "
                                        + "trực tuyến toàn trình; chuẩn bị các điều kiện phục vụ Nhân dân vui Xuân, "
                                        + "đón Tết an toàn.")));
    }

    private static ReportTemplateInput nineMonths() {
        return new ReportTemplateInput(
                NINE_MONTHS,
                "Báo cáo tình hình kinh tế - xã hội và nhiệm vụ 3 tháng cuối năm",
                "NINE_MONTHLY",
                DISTRICT,
                20,
                List.of("vanphong@anduong.haiphong.gov.vn"),
                true,
                List.of(
                        TemplateBlock.text(
                                "I. KINH TẾ",
                                "{{ky}}, giá trị sản xuất công nghiệp đạt {{KT-KTHT-01-002}} triệu đồng, bằng "
                                        + "{{KT-KTHT-01-002|sosanh}}% cùng kỳ; thu ngân sách nhà nước trên địa bàn "
                                        + "đạt {{KT-TCKH-01-001}} triệu đồng, bằng {{KT-TCKH-01-001|sosanh}}% cùng "
                                        + "kỳ; chi ngân sách địa phương {{KT-TCKH-02-001}} triệu đồng."),
                        TemplateBlock.table(
                                "Bảng 1. Một số chỉ tiêu chủ yếu 9 tháng",
                                TemplateBlock.Rows.ITEMS,
                                "KT-KTHT-01-002",
                                "KT-TCKH-01-001",
                                "KT-TCKH-02-001",
                                "XH-YT-02-001",
                                "HC-TTHC-01-002"),
                        TemplateBlock.chart(
                                "Biểu đồ 1. Thu, chi ngân sách 9 tháng qua các năm",
                                TemplateBlock.Chart.BAR,
                                3,
                                "KT-TCKH-01-001",
                                "KT-TCKH-02-001"),
                        TemplateBlock.text(
                                "II. NHIỆM VỤ 3 THÁNG CUỐI NĂM",
                                "Phấn đấu hoàn thành toàn diện các chỉ tiêu kế hoạch năm; tập trung thu ngân sách, "
                                        + "giải ngân vốn đầu tư công và cải cách thủ tục hành chính.")));
    }

    private static ReportTemplateInput yearly() {
        return new ReportTemplateInput(
                YEARLY,
                "Báo cáo kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội",
                "YEARLY",
                DISTRICT,
                15,
                List.of("vanphong@anduong.haiphong.gov.vn"),
                true,
                List.of(
                        TemplateBlock.text(
                                "I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU",
                                "Năm qua, {{donvi}} có dân số trung bình {{XH-LDTBXH-01-001}} người; thu ngân sách "
                                        + "nhà nước trên địa bàn đạt {{KT-TCKH-01-001}} triệu đồng, bằng "
                                        + "{{KT-TCKH-01-001|sosanh}}% năm trước; diện tích gieo trồng cây hằng năm "
                                        + "{{KT-NN-01-001}} ha; toàn huyện có {{XH-GDDT-01-004}} trường học."),
                        TemplateBlock.table(
                                "Bảng 1. Các chỉ tiêu chủ yếu",
                                TemplateBlock.Rows.ITEMS,
                                "XH-LDTBXH-01-001",
                                "KT-TCKH-01-001",
                                "KT-TCKH-02-001",
                                "KT-NN-01-001",
                                "XH-GDDT-01-004",
                                "HC-TTHC-01-002"),
                        TemplateBlock.chart(
                                "Biểu đồ 1. Thu, chi ngân sách 5 năm",
                                TemplateBlock.Chart.BAR,
                                5,
                                "KT-TCKH-01-001",
                                "KT-TCKH-02-001"),
                        TemplateBlock.table(
                                "Bảng 2. Cải cách hành chính theo xã, thị trấn",
                                TemplateBlock.Rows.UNITS,
                                "HC-CCHC-02-001",
                                "HC-CCHC-02-002",
                                "HC-TTHC-02-003")));
    }
}
