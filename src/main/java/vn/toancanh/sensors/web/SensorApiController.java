package vn.toancanh.sensors.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.toancanh.identity.IdentityService;
import vn.toancanh.sensors.DailyWeather;
import vn.toancanh.sensors.IngestResult;
import vn.toancanh.sensors.Measure;
import vn.toancanh.sensors.SensorService;
import vn.toancanh.sensors.SeriesView;
import vn.toancanh.sensors.StationInput;
import vn.toancanh.sensors.StationView;
import vn.toancanh.shared.FieldProblem;
import vn.toancanh.shared.InvalidInputException;
import vn.toancanh.shared.NotFoundException;

/** Stations and their readings for the stations' loggers (bulk ingest), the map, charts and other systems. */
@RestController
@RequestMapping("/api/sensors")
@Tag(name = "Trạm quan trắc", description = "Monitoring stations, bulk reading ingest, time series, latest values")
class SensorApiController {

    static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");
    private static final String WRITERS =
            "hasAnyRole('ADMIN','DEPARTMENT_OFFICER','COMMUNE_OFFICER','PARTNER_OFFICER')";

    private final SensorService sensors;
    private final IdentityService identity;

    SensorApiController(SensorService sensors, IdentityService identity) {
        this.sensors = sensors;
        this.identity = identity;
    }

    @GetMapping("/stations")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "All stations with their latest readings and the current alarm level (0–3)")
    List<StationResponse> stations() {
        return sensors.latestAll().stream().map(StationResponse::from).toList();
    }

    @GetMapping("/stations/{code}")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "One station with its latest readings and the current alarm level")
    StationResponse station(@PathVariable String code) {
        return StationResponse.from(sensors.latest(code));
    }

    @PostMapping(value = "/stations", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Creates a station; alarm levels (water level only) ascending: alarm1 < alarm2 < alarm3")
    ResponseEntity<StationResponse> create(@RequestBody StationInput input) {
        StationView created = sensors.create(input, identity.currentUserOrSystem());
        return ResponseEntity.created(URI.create("/api/sensors/stations/" + created.code()))
                .body(StationResponse.from(created));
    }

    @PutMapping(value = "/stations/{code}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Changes a station (its code stays)")
    StationResponse update(@PathVariable String code, @RequestBody StationInput input) {
        return StationResponse.from(sensors.update(code, input, identity.currentUserOrSystem()));
    }

    @PostMapping(value = "/readings", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(WRITERS)
    @Operation(
            summary = "Ingests readings in bulk: all or none, idempotent by station, measure and time",
            description = "{\"readings\":[{\"station\":\"CAM-LE-THIEN\",\"measure\":\"WATER_LEVEL\","
                    + "\"time\":\"2026-09-10T07:00:00+07:00\",\"value\":3.42}]}. Sending the same readings again "
                    + "changes nothing; a changed value is updated. Each wrong row is named as readings[n].field "
                    + "and nothing is written. Officers send for the stations of their unit and the units below it.")
    IngestResult ingestJson(@RequestBody ReadingsRequest request) {
        return answer(sensors.ingestRaw(request.rows(), identity.currentUserOrSystem()));
    }

    @PostMapping(
            value = "/readings",
            consumes = {"text/csv", "application/csv"})
    @PreAuthorize(WRITERS)
    @Operation(summary = "The same from a CSV file with the header station,measure,time,value")
    IngestResult ingestCsv(@RequestBody byte[] csv) {
        return answer(sensors.ingestCsv(csv, identity.currentUserOrSystem()));
    }

    /** Rejected rows are a 400 problem with {@code errors: [{field: "readings[3].value", reason}]}. */
    private static IngestResult answer(IngestResult result) {
        if (!result.applied()) {
            throw new InvalidInputException(result.rejected().stream()
                    .map(r -> new FieldProblem(
                            r.row() == 0 ? r.field() : "readings[" + r.row() + "]." + r.field(), r.reason()))
                    .toList());
        }
        return result;
    }

    @GetMapping("/stations/{code}/readings")
    @PreAuthorize("isAuthenticated()")
    @Operation(
            summary = "A station's series: raw readings, or steps (MAX water level, SUM rainfall, AVG otherwise) "
                    + "beyond 2,000 points",
            description = "measure defaults to the station's main measure; to to now, from to 7 days before to. "
                    + "Times as 2026-09-10T07:00:00+07:00, a local time in Vietnam, or a day (2026-09-10).")
    SeriesResponse readings(
            @PathVariable String code,
            @RequestParam(required = false) @Nullable Measure measure,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to) {
        StationView station = sensors.station(code).orElseThrow(() -> NotFoundException.of("trạm quan trắc", code));
        Instant end = TimeParams.parse("to", to, true);
        end = end == null ? Instant.now() : end;
        Instant start = TimeParams.parse("from", from, false);
        start = start == null ? end.minus(Duration.ofDays(7)) : start;
        SeriesView series = sensors.chart(code, measure == null ? station.kind().primary() : measure, start, end);
        return SeriesResponse.from(series);
    }

    @GetMapping("/stations/{code}/daily")
    @PreAuthorize("isAuthenticated()")
    @Operation(
            summary = "Daily weather (Vietnam days): temperature and humidity at about 13:00 (else the day's max "
                    + "and min), rainfall total; from and to as 2026-09-10, by default the last 30 days")
    List<DailyWeather> daily(
            @PathVariable String code,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to) {
        LocalDate end = TimeParams.day("to", to);
        end = end == null ? LocalDate.now(vn.toancanh.organisation.OrganisationService.ZONE) : end;
        LocalDate start = TimeParams.day("from", from);
        return sensors.daily(code, start == null ? end.minusDays(29) : start, end);
    }

    @GetMapping("/latest.geojson")
    @PreAuthorize("isAuthenticated()")
    @Operation(
            summary = "Stations as GeoJSON points with their latest values and the current alarm level (0–3) of a "
                    + "water-level station")
    ResponseEntity<LatestGeoJson> latest() {
        return ResponseEntity.ok().contentType(GEO_JSON).body(LatestGeoJson.of(sensors.latestAll(), Instant.now()));
    }
}
