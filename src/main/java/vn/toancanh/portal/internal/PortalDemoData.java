package vn.toancanh.portal.internal;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.toancanh.map.MapService;
import vn.toancanh.map.MapUnitView;
import vn.toancanh.map.PoiInput;
import vn.toancanh.map.PoiLayer;
import vn.toancanh.map.PoiView;
import vn.toancanh.organisation.OrganisationService;
import vn.toancanh.organisation.UnitKind;
import vn.toancanh.reports.ReportTemplateInput;
import vn.toancanh.reports.ReportTemplates;
import vn.toancanh.reports.TemplateBlock;
import vn.toancanh.shared.DemoDataSize;
import vn.toancanh.shared.DemoDataStep;
import vn.toancanh.shared.Period;
import vn.toancanh.shared.PeriodType;

/**
 * The portal's demo: descriptions, opening times, festivals and two drawn photos for each heritage site of the map
 * demo, and a yearly bulletin of public figures, published on the portal. Texts are invented for the demo.
 */
@Component
class PortalDemoData implements DemoDataStep {

    static final String BULLETIN = "BC-CONGKHAI-NAM";

    /** Name → summary, opening hours, festival, festival dates. */
    private static final Map<String, String[]> SITES = Map.of(
            "Chùa Vĩnh Phúc",
            new String[] {
                "Ngôi chùa cổ giữa làng, còn giữ hệ thống tượng Phật và bia đá thời Nguyễn; sân chùa có cây đa "
                        + "hàng trăm năm tuổi.",
                "Hằng ngày 6:00 – 18:00; ngày rằm, mùng một mở đến 21:00",
                "Lễ hội chùa Vĩnh Phúc",
                "Mùng 8 – 10 tháng Ba âm lịch"
            },
            "Đình làng Đông Khê",
            new String[] {
                "Ngôi đình thờ Thành hoàng làng, kiến trúc chữ Đinh, nổi tiếng với các mảng chạm khắc gỗ hình rồng, "
                        + "phượng trên vì kèo.",
                "Thứ Bảy, Chủ nhật 7:00 – 17:00; ngày thường liên hệ ban quản lý di tích",
                "Lễ hội đình Đông Khê",
                "Mùng 10 – 12 tháng Giêng âm lịch"
            },
            "Đền Phú Xá",
            new String[] {
                "Di tích cấp quốc gia, thờ vị tướng có công đánh giặc thời Trần; trong đền còn sắc phong và đồ tế khí cổ.",
                "Hằng ngày 7:00 – 17:30",
                "Lễ hội đền Phú Xá",
                "Mùng 6 – 8 tháng Hai âm lịch"
            },
            "Đình làng An Trì",
            new String[] {
                "Di tích cấp quốc gia bên sông Cấm, nơi diễn ra hội vật và hát đúm truyền thống của vùng ven biển.",
                "Hằng ngày 7:00 – 17:00",
                "Hội làng An Trì",
                "Mùng 4 – 6 tháng Giêng âm lịch"
            },
            "Chùa Thanh Lương",
            new String[] {
                "Ngôi chùa yên tĩnh giữa cánh đồng, có tháp mộ các vị sư tổ và vườn cây cổ thụ.",
                "Hằng ngày 5:30 – 19:00",
                "Lễ Vu Lan",
                "Rằm tháng Bảy âm lịch"
            },
            "Đình Kiều Hạ",
            new String[] {
                "Ngôi đình làng Kiều Hạ, nơi sinh hoạt cộng đồng của dân làng, với sân đình rộng và giếng làng cổ.",
                "Chủ nhật 7:00 – 11:00; ngày lễ hội mở cả ngày",
                "Hội đình Kiều Hạ",
                "Mùng 15 – 16 tháng Tám âm lịch"
            },
            "Miếu Tiên Nông",
            new String[] {
                "Ngôi miếu nhỏ thờ thần Nông bên cánh đồng, gắn với lễ xuống đồng đầu năm của người trồng lúa.",
                "Mở cửa ngày rằm, mùng một và dịp lễ",
                "Lễ xuống đồng",
                "Mùng 7 tháng Giêng âm lịch"
            });

    /** Planning areas and projects: name, description, the approving decision; the last one is not yet public. */
    private static final List<String[]> PLANNING = List.of(
            new String[] {
                "Khu đô thị mới Lê Thiện",
                "Quy hoạch chi tiết tỷ lệ 1/500, 52 ha: nhà ở, trường học, công viên.",
                "true"
            },
            new String[] {
                "Cụm công nghiệp An Hồng",
                "Quy hoạch phân khu tỷ lệ 1/2000, 75 ha; hạ tầng kỹ thuật đang đầu tư.",
                "true"
            },
            new String[] {
                "Mở rộng Trường THCS Đặng Cương",
                "Dự án đầu tư công: 12 phòng học, nhà đa năng; khởi công năm 2025.",
                "true"
            },
            new String[] {"Khu dân cư dịch vụ Hồng Phong", "Phương án quy hoạch đang lấy ý kiến, chưa công bố.", "false"
            });

    private final HeritageSites heritage;
    private final ReportTemplates templates;
    private final PublishedReportRepository published;
    private final PortalSite site;
    private final MapService map;

    PortalDemoData(
            HeritageSites heritage,
            ReportTemplates templates,
            PublishedReportRepository published,
            PortalSite site,
            MapService map) {
        this.heritage = heritage;
        this.map = map;
        this.templates = templates;
        this.published = published;
        this.site = site;
    }

    @Override
    public int order() {
        return 520;
    }

    @Override
    public String name() {
        return "portal";
    }

    @Override
    public void load(DemoDataSize size, long seed) {
        if (!heritage.hasPhotos()) {
            for (PoiView poi : heritage.publicPoints()) {
                String[] text = SITES.get(poi.name());
                if (text != null) {
                    heritage.saveDemoInfo(new HeritageRepository.Info(poi.id(), text[0], text[1], text[2], text[3]));
                }
                heritage.addDemoPhoto(
                        poi.id(),
                        "Ảnh minh hoạ toàn cảnh " + poi.name() + " (hình vẽ)",
                        DemoPhotos.draw(seed + poi.id(), false));
                heritage.addDemoPhoto(
                        poi.id(),
                        "Ảnh minh hoạ cổng " + poi.name() + " (hình vẽ)",
                        DemoPhotos.draw(seed * 7 + poi.id(), true));
            }
        }
        if (map.counts().getOrDefault(PoiLayer.PROJECT, 0L) == 0) {
            planning();
        }
        if (!templates.exists(BULLETIN) && site.unitCode().equals("312")) {
            templates.create(bulletin());
            published.publish(BULLETIN, "demo");
            if (size != DemoDataSize.MINIMAL) {
                Period last = Period.of(PeriodType.YEARLY, OrganisationService.today())
                        .previous();
                templates.generate(BULLETIN, last.previous().id());
                templates.generate(BULLETIN, last.id());
            }
        }
    }

    private void planning() {
        List<MapUnitView> communes = map.units(null).stream()
                .filter(u -> u.latitude() != null && u.longitude() != null && u.kind() != UnitKind.DISTRICT)
                .toList();
        for (int i = 0; i < PLANNING.size() && i < communes.size(); i++) {
            MapUnitView c = communes.get((i * 5 + 1) % communes.size());
            String[] p = PLANNING.get(i);
            map.create(new PoiInput(
                    PoiLayer.PROJECT,
                    p[0],
                    p[1] + " Dữ liệu mẫu.",
                    c.latitude() + 0.0008,
                    c.longitude() - 0.0008,
                    c.code(),
                    c.name() + ", huyện An Dương",
                    Map.of("Loại", "Quy hoạch"),
                    null,
                    Boolean.parseBoolean(p[2])));
        }
    }

    private ReportTemplateInput bulletin() {
        return new ReportTemplateInput(
                BULLETIN,
                "Bản tin số liệu công khai",
                "YEARLY",
                site.unitCode(),
                null,
                List.of(),
                true,
                List.of(
                        TemplateBlock.text(
                                "Dân số, giáo dục, y tế",
                                "Dân số trung bình {{ky}} của {{donvi}} là {{XH-LDTBXH-01-001}} người. Toàn huyện có "
                                        + "{{XH-GDDT-02-002}} học sinh tiểu học và {{XH-GDDT-02-003}} học sinh trung học "
                                        + "cơ sở. Các cơ sở y tế đã khám bệnh cho {{XH-YT-02-001}} lượt người."),
                        TemplateBlock.table(
                                "Một số chỉ tiêu công khai",
                                TemplateBlock.Rows.ITEMS,
                                "XH-LDTBXH-01-001",
                                "XH-GDDT-02-002",
                                "XH-GDDT-02-003",
                                "XH-YT-02-001",
                                "KT-NN-01-001",
                                "XH-VHTT-02-002")));
    }
}
