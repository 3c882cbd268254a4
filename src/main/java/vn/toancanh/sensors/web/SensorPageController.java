package vn.toancanh.sensors.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.toancanh.organisation.OrganisationService;
import vn.toancanh.organisation.UnitView;
import vn.toancanh.sensors.Measure;
import vn.toancanh.sensors.ReadingView;
import vn.toancanh.sensors.SensorService;
import vn.toancanh.sensors.StationKind;
import vn.toancanh.sensors.StationLatestView;
import vn.toancanh.shared.PageFormats;
import vn.toancanh.shared.VietnameseText;

/** The stations with their latest values and alarm levels, and one station's chart and latest readings. */
@Controller
class SensorPageController {

    /** How many reading times the station page's table shows. */
    static final int RECENT_TIMES = 24;

    private static final List<String> RANGES = List.of("24h", "7d", "30d", "season");

    private final SensorService sensors;
    private final OrganisationService organisation;

    SensorPageController(SensorService sensors, OrganisationService organisation) {
        this.sensors = sensors;
        this.organisation = organisation;
    }

    @GetMapping("/sensors")
    @PreAuthorize("isAuthenticated()")
    String list(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable StationKind kind,
            Model model) {
        String folded = VietnameseText.fold(q == null ? "" : q);
        List<StationLatestView> all = sensors.latestAll();
        Map<Long, UnitView> units = organisation.findByIds(
                all.stream().map(s -> s.station().unitId()).distinct().toList());
        List<StationLatestView> shown = all.stream()
                .filter(s -> kind == null || s.station().kind() == kind)
                .filter(s ->
                        folded.isEmpty() || matches(s, units.get(s.station().unitId()), folded))
                .toList();
        model.addAttribute("stations", shown);
        model.addAttribute("total", all.size());
        model.addAttribute(
                "alarming", all.stream().filter(s -> s.alarmLevel() > 0).count());
        model.addAttribute("units", units);
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("kind", kind);
        model.addAttribute("kinds", StationKind.values());
        model.addAttribute("fmt", PageFormats.INSTANCE);
        return "sensors/list";
    }

    private static boolean matches(StationLatestView s, @Nullable UnitView unit, String folded) {
        String text = s.station().code() + " " + s.station().name() + " "
                + (s.station().river() == null ? "" : s.station().river()) + " " + (unit == null ? "" : unit.name());
        return VietnameseText.fold(text).contains(folded);
    }

    @GetMapping("/sensors/{code}")
    @PreAuthorize("isAuthenticated()")
    String station(
            @PathVariable String code,
            @RequestParam(required = false) @Nullable Measure measure,
            @RequestParam(required = false) @Nullable String range,
            Model model) {
        StationLatestView station = sensors.latest(code);
        StationKind kind = station.station().kind();
        Measure shown = measure != null && kind.measures(measure) ? measure : kind.primary();
        model.addAttribute("s", station);
        model.addAttribute("station", station.station());
        model.addAttribute(
                "unit", organisation.findById(station.station().unitId()).orElse(null));
        model.addAttribute("measure", shown);
        model.addAttribute("range", range != null && RANGES.contains(range) ? range : "7d");
        model.addAttribute("rows", table(sensors.recent(code, RECENT_TIMES)));
        model.addAttribute("fmt", PageFormats.INSTANCE);
        return "sensors/station";
    }

    /** One table row per time, newest first, with the value of each measure at that time. */
    record Row(Instant at, Map<Measure, ReadingView> values) {}

    private static List<Row> table(List<ReadingView> recent) {
        Map<Instant, Map<Measure, ReadingView>> byTime = new LinkedHashMap<>();
        for (ReadingView r : recent) {
            byTime.computeIfAbsent(r.observedAt(), t -> new LinkedHashMap<>()).put(r.measure(), r);
        }
        List<Row> rows = new ArrayList<>();
        byTime.forEach((at, values) -> rows.add(new Row(at, values)));
        return rows;
    }
}
