package vn.toancanh.sensors.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.toancanh.identity.CurrentUser;
import vn.toancanh.map.MapService;
import vn.toancanh.map.MapUnitView;
import vn.toancanh.map.PoiLayer;
import vn.toancanh.map.PoiView;
import vn.toancanh.organisation.OrganisationService;
import vn.toancanh.organisation.UnitKind;
import vn.toancanh.sensors.IngestResult;
import vn.toancanh.sensors.Measure;
import vn.toancanh.sensors.ReadingInput;
import vn.toancanh.sensors.SensorService;
import vn.toancanh.sensors.StationInput;
import vn.toancanh.sensors.StationKind;
import vn.toancanh.shared.DemoDataSize;
import vn.toancanh.shared.DemoDataStep;

/**
 * The map's four monitoring stations (where the map shows them) and a weather station in the district town, with
 * hourly readings of this year's monsoon season up to now: see {@link DemoSeason}. About 30,000 readings, sent
 * through the service like a logger's upload.
 */
@Component
class SensorsDemoData implements DemoDataStep {

    /** A demo station: the map point it stands at (by name), its code, kind, river and alarm levels. */
    private record Demo(
            String poiName,
            String code,
            StationKind kind,
            @Nullable String river,
            DemoSeason.@Nullable River model,
            @Nullable String alarms) {}

    private static final List<Demo> STATIONS = List.of(
            new Demo(
                    "Trạm đo mực nước sông Cấm – Lê Thiện",
                    "CAM-LE-THIEN",
                    StationKind.WATER_LEVEL,
                    "Cấm",
                    new DemoSeason.River(1.55, 0.55, 1.42, 0),
                    "2.9 3.4 3.9"),
            new Demo(
                    "Trạm quan trắc chất lượng nước sông Cấm – An Hồng",
                    "CAM-AN-HONG",
                    StationKind.WATER_LEVEL,
                    "Cấm",
                    new DemoSeason.River(1.5, 0.7, 1.0, -1.5),
                    "3.0 3.5 4.0"),
            new Demo(
                    "Trạm đo mực nước sông Lạch Tray – Đặng Cương",
                    "LT-DANG-CUONG",
                    StationKind.WATER_LEVEL,
                    "Lạch Tray",
                    new DemoSeason.River(1.35, 0.5, 0.9, -0.8),
                    "2.6 3.1 3.6"),
            new Demo("Trạm đo mưa Hồng Thái", "MUA-HONG-THAI", StationKind.RAIN, null, null, null));
    static final String WEATHER_CODE = "KT-AN-DUONG";
    private static final String DISTRICT = "312";

    private final SensorService sensors;
    private final MapService map;
    private final OrganisationService organisation;

    SensorsDemoData(SensorService sensors, MapService map, OrganisationService organisation) {
        this.sensors = sensors;
        this.map = map;
        this.organisation = organisation;
    }

    @Override
    public int order() {
        return 170;
    }

    @Override
    public String name() {
        return "sensors";
    }

    @Override
    public void load(DemoDataSize size, long seed) {
        Map<String, PoiView> points = map.pois(Set.of(PoiLayer.STATION), null).stream()
                .collect(Collectors.toMap(PoiView::name, Function.identity(), (a, b) -> a));
        for (Demo d : STATIONS) {
            PoiView p = points.get(d.poiName());
            if (p != null && p.unitCode() != null) {
                create(
                        d.code(),
                        d.poiName(),
                        d.kind(),
                        p.unitCode(),
                        p.latitude(),
                        p.longitude(),
                        d.river(),
                        d.alarms());
            }
        }
        town().ifPresent(t -> create(
                WEATHER_CODE,
                "Trạm khí tượng An Dương",
                StationKind.WEATHER,
                t.code(),
                t.latitude() + 0.0035,
                t.longitude() - 0.0025,
                null,
                null));
        Set<String> made = sensors.stations().stream().map(s -> s.code()).collect(Collectors.toSet());
        Instant now = Instant.now();
        DemoSeason season = new DemoSeason(OrganisationService.today(), now, new Random(seed + 170));
        List<ReadingInput> readings = new ArrayList<>();
        Instant dryFrom = now.minus(Duration.ofDays(21));
        double[] runoff = new double[STATIONS.size()];
        for (int h = 0; h < season.hours; h++) {
            Instant at = season.at(h);
            for (int i = 0; i < STATIONS.size(); i++) {
                Demo d = STATIONS.get(i);
                if (!made.contains(d.code())) {
                    continue;
                }
                if (d.model() != null) {
                    runoff[i] = season.runoff(runoff[i], h);
                    double level = season.level(d.model(), h, runoff[i]);
                    readings.add(reading(d.code(), Measure.WATER_LEVEL, at, DemoSeason.round(level, 2)));
                } else {
                    readings.add(reading(d.code(), Measure.RAINFALL, at, DemoSeason.round(season.rain[h], 1)));
                }
            }
            if (made.contains(WEATHER_CODE)) {
                boolean dry = !at.isBefore(dryFrom);
                readings.add(reading(
                        WEATHER_CODE, Measure.TEMPERATURE, at, DemoSeason.round(season.temperature(h, dry), 1)));
                readings.add(reading(WEATHER_CODE, Measure.HUMIDITY, at, DemoSeason.round(season.humidity(h, dry), 0)));
                readings.add(reading(WEATHER_CODE, Measure.RAINFALL, at, DemoSeason.round(season.rain[h] * 0.85, 1)));
            }
        }
        if (!readings.isEmpty()) {
            IngestResult result = sensors.ingest(readings, CurrentUser.SYSTEM);
            if (!result.applied()) {
                throw new IllegalStateException(
                        "Demo readings rejected: " + result.rejected().subList(0, 1));
            }
        }
    }

    private void create(
            String code,
            String name,
            StationKind kind,
            String unitCode,
            double lat,
            double lon,
            @Nullable String river,
            @Nullable String alarms) {
        if (sensors.station(code).isPresent()) {
            return;
        }
        BigDecimal[] a = {null, null, null};
        if (alarms != null) {
            String[] parts = alarms.split(" ");
            for (int i = 0; i < 3; i++) {
                a[i] = new BigDecimal(parts[i]);
            }
        }
        sensors.create(
                new StationInput(code, name, kind, unitCode, lat, lon, river, a[0], a[1], a[2], true),
                CurrentUser.SYSTEM);
    }

    private Optional<MapUnitView> town() {
        if (organisation.findByCode(DISTRICT).isEmpty()) {
            return Optional.empty();
        }
        List<MapUnitView> communes = map.units(DISTRICT).stream()
                .filter(u -> u.kind() != UnitKind.DISTRICT && u.latitude() != null && u.longitude() != null)
                .toList();
        return communes.stream()
                .filter(u -> u.kind() == UnitKind.TOWNSHIP)
                .findFirst()
                .or(() -> communes.stream().findFirst());
    }

    private static ReadingInput reading(String code, Measure measure, Instant at, BigDecimal value) {
        return new ReadingInput(code, measure, at, value);
    }
}
