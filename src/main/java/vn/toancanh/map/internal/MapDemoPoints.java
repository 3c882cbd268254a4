package vn.toancanh.map.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.stereotype.Component;
import vn.toancanh.identity.AuditService;
import vn.toancanh.map.MapService;
import vn.toancanh.map.MapUnitView;
import vn.toancanh.map.PoiLayer;
import vn.toancanh.map.internal.PoiRepository.PoiWrite;
import vn.toancanh.organisation.OrganisationService;
import vn.toancanh.organisation.UnitKind;
import vn.toancanh.shared.DemoDataSize;
import vn.toancanh.shared.DemoDataStep;

/**
 * Demo points inside the demo communes: the People's Committee of each commune and of the district, a primary and a
 * lower-secondary school and a health station per commune, seven heritage sites, twenty cameras, fifteen wireless
 * loudspeaker clusters and four monitoring stations on the Cấm and Lạch Tray rivers. Names and places are invented.
 */
@Component
class MapDemoPoints implements DemoDataStep {

    static final String DEMO_NOTE = "Dữ liệu mẫu: tên và vị trí chỉ để minh hoạ.";

    private static final List<String[]> HERITAGE = List.of(
            new String[] {"11584", "Chùa Vĩnh Phúc", "Di tích cấp thành phố"},
            new String[] {"11587", "Đình làng Đông Khê", "Di tích cấp thành phố"},
            new String[] {"11599", "Đền Phú Xá", "Di tích cấp quốc gia"},
            new String[] {"11602", "Đình làng An Trì", "Di tích cấp quốc gia"},
            new String[] {"11593", "Chùa Thanh Lương", "Di tích cấp thành phố"},
            new String[] {"11617", "Đình Kiều Hạ", "Di tích cấp thành phố"},
            new String[] {"11620", "Miếu Tiên Nông", "Chưa xếp hạng"});
    private static final List<String[]> STATIONS = List.of(
            new String[] {"11584", "Trạm đo mực nước sông Cấm – Lê Thiện", "Cấm", "Mực nước", "N"},
            new String[] {"11602", "Trạm quan trắc chất lượng nước sông Cấm – An Hồng", "Cấm", "Chất lượng nước", "N"},
            new String[] {"11614", "Trạm đo mực nước sông Lạch Tray – Đặng Cương", "Lạch Tray", "Mực nước", "S"},
            new String[] {"11626", "Trạm đo mưa Hồng Thái", "Lạch Tray", "Lượng mưa", "S"});
    private static final List<String> CAMERA_PLACES =
            List.of("nút giao trung tâm", "cổng trụ sở UBND", "chợ", "cổng trường học", "quốc lộ 5", "bến đò");

    private final MapService map;
    private final OrganisationService organisation;
    private final PoiRepository pois;
    private final AuditService audit;

    MapDemoPoints(MapService map, OrganisationService organisation, PoiRepository pois, AuditService audit) {
        this.map = map;
        this.organisation = organisation;
        this.pois = pois;
        this.audit = audit;
    }

    @Override
    public int order() {
        return 160;
    }

    @Override
    public String name() {
        return "map-points";
    }

    @Override
    public void load(DemoDataSize size, long seed) {
        if (organisation.findByCode(MapDemoBoundaries.DISTRICT).isEmpty()) {
            return;
        }
        List<MapUnitView> communes = map.units(MapDemoBoundaries.DISTRICT).stream()
                .filter(u -> u.kind() != UnitKind.DISTRICT)
                .toList();
        if (communes.isEmpty()) {
            return;
        }
        Map<String, Long> ids = new LinkedHashMap<>();
        organisation
                .findByCodes(communes.stream().map(MapUnitView::code).toList())
                .forEach((code, unit) -> ids.put(code, unit.id()));
        Points points = new Points(UnitLocator.of(communes), new Random(seed + 160), ids);
        perCommune(communes, points);
        district(communes, points);
        named(points);
        spread(communes, points);
        points.writes.forEach(pois::insert);
        audit.record("IMPORT", PoiEditor.ENTITY, null, "Dữ liệu mẫu: " + points.writes.size() + " điểm bản đồ");
    }

    private static void perCommune(List<MapUnitView> communes, Points points) {
        for (MapUnitView c : communes) {
            String shortName = c.name().replaceFirst("^(Xã|Phường|Thị trấn) ", "");
            String address = inName(c) + ", huyện An Dương, Hải Phòng";
            points.at(
                    c,
                    c.latitude(),
                    c.longitude(),
                    PoiLayer.OFFICE,
                    "UBND " + inName(c),
                    address,
                    "/units/" + c.code(),
                    Map.of("Điện thoại", "0225 38" + c.code().substring(1)));
            points.in(c, 0, PoiLayer.SCHOOL, "Trường Tiểu học " + shortName, address, Map.of("Cấp học", "Tiểu học"));
            points.in(c, 0, PoiLayer.SCHOOL, "Trường THCS " + shortName, address, Map.of("Cấp học", "Trung học cơ sở"));
            points.in(c, 0, PoiLayer.HEALTH_STATION, "Trạm Y tế " + inName(c), address, Map.of("Giường bệnh", 5));
        }
    }

    private static void district(List<MapUnitView> communes, Points points) {
        MapUnitView town = communes.stream()
                .filter(c -> c.kind() == UnitKind.TOWNSHIP)
                .findFirst()
                .orElse(communes.get(0));
        String address = "Khu hành chính huyện, " + inName(town) + ", huyện An Dương, Hải Phòng";
        points.in(
                town,
                0,
                PoiLayer.OFFICE,
                "UBND huyện An Dương",
                address,
                "/units/" + MapDemoBoundaries.DISTRICT,
                Map.of("Điện thoại", "0225 3871 116"));
        points.in(town, 0, PoiLayer.SCHOOL, "Trường THPT An Dương", address, Map.of("Cấp học", "Trung học phổ thông"));
        points.in(
                town, 0, PoiLayer.HEALTH_STATION, "Trung tâm Y tế huyện An Dương", address, Map.of("Giường bệnh", 150));
    }

    private static void named(Points points) {
        for (String[] h : HERITAGE) {
            points.byCode(h[0])
                    .ifPresent(c -> points.in(
                            c, 0, PoiLayer.HERITAGE, h[1], inName(c) + ", huyện An Dương", Map.of("Xếp hạng", h[2])));
        }
        for (String[] s : STATIONS) {
            points.byCode(s[0])
                    .ifPresent(c -> points.in(
                            c,
                            "N".equals(s[4]) ? 40 : -40,
                            PoiLayer.STATION,
                            s[1],
                            "Bờ sông " + s[2] + ", " + inName(c),
                            Map.of("Sông", s[2], "Đại lượng", s[3])));
        }
    }

    private static void spread(List<MapUnitView> communes, Points points) {
        for (int i = 0; i < 20; i++) {
            MapUnitView c = communes.get((i * 7) % communes.size());
            String place = CAMERA_PLACES.get(i % CAMERA_PLACES.size());
            points.in(
                    c,
                    0,
                    PoiLayer.CAMERA,
                    String.format("Camera %02d – %s %s", i + 1, place, inName(c)),
                    inName(c) + ", huyện An Dương",
                    Map.of(
                            "Loại",
                            i % 3 == 0 ? "An ninh trật tự" : "Giao thông",
                            "Trạng thái",
                            i % 9 == 4 ? "Mất tín hiệu" : "Đang hoạt động"));
        }
        for (int i = 0; i < 15; i++) {
            MapUnitView c = communes.get((i * 5 + 3) % communes.size());
            points.in(
                    c,
                    0,
                    PoiLayer.LOUDSPEAKER,
                    "Cụm loa không dây thôn " + (i % 4 + 1) + " – " + inName(c),
                    inName(c) + ", huyện An Dương",
                    Map.of("Số loa", 2 + i % 3, "Trạng thái", "Đang hoạt động"));
        }
    }

    /** "Xã Lê Thiện" as it reads inside a name: "xã Lê Thiện", "thị trấn An Dương". */
    static String inName(MapUnitView unit) {
        return unit.name()
                .replaceFirst("^(Xã|Phường|Thị trấn) ", "")
                .transform(rest -> unit.name()
                                .substring(0, unit.name().length() - rest.length())
                                .toLowerCase(java.util.Locale.ROOT)
                        + rest);
    }

    /** Collects the demo points, each inside its commune. */
    private static final class Points {
        final UnitLocator locator;
        final Random random;
        final Map<String, Long> unitIds;
        final List<PoiWrite> writes = new ArrayList<>();

        Points(UnitLocator locator, Random random, Map<String, Long> unitIds) {
            this.locator = locator;
            this.random = random;
            this.unitIds = unitIds;
        }

        java.util.Optional<MapUnitView> byCode(String code) {
            return locator.unit(code);
        }

        void in(MapUnitView unit, int bias, PoiLayer layer, String name, String address, Map<String, Object> props) {
            in(unit, bias, layer, name, address, null, props);
        }

        void in(
                MapUnitView unit,
                int bias,
                PoiLayer layer,
                String name,
                String address,
                String link,
                Map<String, Object> props) {
            double[] p = locator.pointIn(unit.code(), random, bias).orElseThrow();
            at(unit, p[0], p[1], layer, name, address, link, props);
        }

        void at(
                MapUnitView unit,
                Double lat,
                Double lon,
                PoiLayer layer,
                String name,
                String address,
                String link,
                Map<String, Object> props) {
            if (lat == null
                    || lon == null
                    || locator.locate(lat, lon)
                            .filter(u -> u.code().equals(unit.code()))
                            .isEmpty()) {
                in(unit, 0, layer, name, address, link, props);
                return;
            }
            writes.add(new PoiWrite(
                    layer,
                    name,
                    DEMO_NOTE,
                    MapDemoBoundaries.round(lat),
                    MapDemoBoundaries.round(lon),
                    unitIds.get(unit.code()),
                    address,
                    props,
                    link,
                    layer != PoiLayer.CAMERA));
        }
    }
}
