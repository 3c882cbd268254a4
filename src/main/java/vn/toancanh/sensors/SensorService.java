package vn.toancanh.sensors;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.toancanh.identity.AuditService;
import vn.toancanh.identity.CurrentUser;
import vn.toancanh.organisation.OrganisationService;
import vn.toancanh.sensors.internal.ReadingCsv;
import vn.toancanh.sensors.internal.ReadingImports;
import vn.toancanh.sensors.internal.ReadingRepository;
import vn.toancanh.sensors.internal.StationRepository;
import vn.toancanh.sensors.internal.StationValidator;
import vn.toancanh.shared.ConflictException;
import vn.toancanh.shared.InvalidInputException;
import vn.toancanh.shared.NotFoundException;

/**
 * Monitoring stations and their readings. Readings are ingested in bulk, all rows or none, idempotently by station,
 * measure and time (a batch sent again changes nothing); admins send for every station, officers for the stations
 * of their unit and the units below it. Every signed-in user reads. Admins create and change stations.
 */
@Service
@Transactional(readOnly = true)
public class SensorService {

    /** One ingest takes at most this many readings; larger exports are sent in parts. */
    public static final int MAX_READINGS = 1_000_000;
    /** A series longer than this is downsampled into steps. */
    public static final int MAX_POINTS = 2_000;

    private static final List<Duration> STEPS = List.of(
            Duration.ofHours(1),
            Duration.ofHours(3),
            Duration.ofHours(6),
            Duration.ofHours(12),
            Duration.ofDays(1),
            Duration.ofDays(7));
    private static final Duration LONGEST_RANGE = Duration.ofDays(366 * 10);

    private final StationRepository stations;
    private final ReadingRepository readings;
    private final ReadingImports imports;
    private final StationValidator validator;
    private final AuditService audit;
    private final ApplicationEventPublisher events;

    SensorService(
            StationRepository stations,
            ReadingRepository readings,
            ReadingImports imports,
            StationValidator validator,
            AuditService audit,
            ApplicationEventPublisher events) {
        this.stations = stations;
        this.readings = readings;
        this.imports = imports;
        this.validator = validator;
        this.audit = audit;
        this.events = events;
    }

    public List<StationView> stations() {
        return stations.all().stream().map(StationRepository.Stored::view).toList();
    }

    public Optional<StationView> station(String code) {
        return stations.find(code).map(StationRepository.Stored::view);
    }

    /** Every station with its latest readings and alarm level, by code. */
    public List<StationLatestView> latestAll() {
        Map<Long, List<ReadingView>> latest = new HashMap<>();
        List<StationRepository.Stored> all = stations.all();
        Map<Long, String> codes = new HashMap<>();
        all.forEach(s -> codes.put(s.id(), s.view().code()));
        for (ReadingRepository.Latest l : readings.latest(null)) {
            latest.computeIfAbsent(l.stationId(), id -> new ArrayList<>())
                    .add(new ReadingView(codes.get(l.stationId()), l.measure(), l.at(), l.value()));
        }
        return all.stream()
                .map(s -> status(s.view(), latest.getOrDefault(s.id(), List.of())))
                .toList();
    }

    /** One station with its latest readings and alarm level; 404 when unknown. */
    public StationLatestView latest(String code) {
        StationRepository.Stored s = stored(code);
        return status(
                s.view(),
                readings.latest(s.id()).stream()
                        .map(l -> new ReadingView(code, l.measure(), l.at(), l.value()))
                        .toList());
    }

    public Optional<ReadingView> latest(String code, Measure measure) {
        return stations.find(code)
                .flatMap(s -> readings.latest(s.id()).stream()
                        .filter(l -> l.measure() == measure)
                        .findFirst()
                        .map(l -> new ReadingView(code, measure, l.at(), l.value())));
    }

    /** The readings at the station's latest {@code times} times, newest first (a weather station has three per time). */
    public List<ReadingView> recent(String code, int times) {
        StationRepository.Stored s = stored(code);
        return readings.recent(s.id(), Math.max(1, Math.min(times, 500))).stream()
                .map(l -> new ReadingView(code, l.measure(), l.at(), l.value()))
                .toList();
    }

    private static StationLatestView status(StationView station, List<ReadingView> latest) {
        List<ReadingView> ordered = latest.stream()
                .sorted(Comparator.comparingInt(r -> station.kind().measures().indexOf(r.measure())))
                .toList();
        int level = station.kind() == StationKind.WATER_LEVEL
                ? ordered.stream()
                        .filter(r -> r.measure() == Measure.WATER_LEVEL)
                        .findFirst()
                        .map(r -> station.alarmLevel(r.value()))
                        .orElse(0)
                : 0;
        return new StationLatestView(station, ordered, level);
    }

    @Transactional
    public IngestResult ingest(List<ReadingInput> rows, CurrentUser user) {
        checkSize(rows.size());
        return finish(imports.apply(rows, user), user);
    }

    /** The same from rows sent as text (the JSON API), so a time or value that does not read is named on its row. */
    @Transactional
    public IngestResult ingestRaw(List<RawReading> rows, CurrentUser user) {
        checkSize(rows.size());
        return finish(imports.applyRaw(rows, List.of(), user), user);
    }

    /** The same from a CSV file with the header {@code station,measure,time,value}. */
    @Transactional
    public IngestResult ingestCsv(byte[] csv, CurrentUser user) {
        ReadingCsv.Parsed parsed = ReadingCsv.parse(csv);
        if (parsed.problems().isEmpty()) {
            checkSize(parsed.rows().size());
        }
        return finish(imports.applyRaw(parsed.rows(), parsed.problems(), user), user);
    }

    private static void checkSize(int size) {
        if (size == 0) {
            throw InvalidInputException.of("readings", "Không có số đo nào để nhận");
        }
        if (size > MAX_READINGS) {
            throw InvalidInputException.of("readings", "Mỗi lần gửi tối đa " + MAX_READINGS + " số đo");
        }
    }

    private IngestResult finish(ReadingImports.Outcome outcome, CurrentUser user) {
        IngestResult result = outcome.result();
        if (!result.applied()) {
            return result;
        }
        if (!outcome.latestWritten().isEmpty()) {
            events.publishEvent(new ReadingsIngested(Map.copyOf(outcome.latestWritten())));
        }
        audit.recordAs(
                user.username(),
                "IMPORT",
                "sensor_reading",
                outcome.latestWritten().size() == 1
                        ? outcome.latestWritten().keySet().iterator().next()
                        : null,
                result.received() + " số đo: " + result.inserted() + " mới, " + result.updated() + " cập nhật, "
                        + result.unchanged() + " không đổi");
        return result;
    }

    /** The series in [from, to]; beyond {@link #MAX_POINTS} readings, in steps (see {@link #chart}). */
    public List<ReadingView> series(String code, Measure measure, Instant from, Instant to) {
        return chart(code, measure, from, to).readings();
    }

    /**
     * The series in [from, to] as a chart draws it: the readings themselves, or — when there are more than {@link
     * #MAX_POINTS} — steps of an hour, 3, 6 or 12 hours, a day or a week, the shortest that keeps it under the limit:
     * the highest water level of each step (so a flood peak still shows), the rainfall total, the mean temperature
     * and humidity.
     */
    public SeriesView chart(String code, Measure measure, Instant from, Instant to) {
        StationRepository.Stored s = stored(code);
        if (!s.view().kind().measures(measure)) {
            throw InvalidInputException.of(
                    "measure", s.view().kind().labelVi() + " " + code + " không đo " + measure.labelVi());
        }
        if (!from.isBefore(to)) {
            throw InvalidInputException.of("from", "Thời điểm bắt đầu phải trước thời điểm kết thúc");
        }
        if (Duration.between(from, to).compareTo(LONGEST_RANGE) > 0) {
            throw InvalidInputException.of("from", "Mỗi lần xem tối đa 10 năm");
        }
        if (readings.count(s.id(), measure, from, to) <= MAX_POINTS) {
            return new SeriesView(
                    s.view(),
                    measure,
                    from,
                    to,
                    null,
                    "RAW",
                    views(code, measure, readings.range(s.id(), measure, from, to)));
        }
        long seconds = Duration.between(from, to).toSeconds();
        Duration step = STEPS.stream()
                .filter(d -> seconds / d.toSeconds() <= MAX_POINTS)
                .findFirst()
                .orElse(STEPS.get(STEPS.size() - 1));
        String aggregation = measure == Measure.WATER_LEVEL ? "MAX" : measure.cumulative() ? "SUM" : "AVG";
        return new SeriesView(
                s.view(),
                measure,
                from,
                to,
                step,
                aggregation,
                views(code, measure, readings.steps(s.id(), measure, from, to, step, aggregation)));
    }

    private static List<ReadingView> views(String code, Measure measure, List<ReadingRepository.Point> points) {
        return points.stream()
                .map(p -> new ReadingView(code, measure, p.at(), p.value()))
                .toList();
    }

    /**
     * The station's days from {@code from} to {@code to} (both included, Vietnam time) that have readings: the
     * temperature and humidity at about 13:00 (else the day's maximum temperature and minimum humidity) and the day's
     * rainfall.
     */
    public List<DailyWeather> daily(String code, LocalDate from, LocalDate to) {
        StationRepository.Stored s = stored(code);
        if (to.isBefore(from)) {
            throw InvalidInputException.of("from", "Ngày bắt đầu phải không sau ngày kết thúc");
        }
        Instant start = from.atStartOfDay(OrganisationService.ZONE).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(OrganisationService.ZONE).toInstant();
        Map<LocalDate, DailyWeather> days = new java.util.TreeMap<>();
        for (ReadingRepository.Day d : readings.days(s.id(), start, end)) {
            DailyWeather w = days.getOrDefault(d.day(), new DailyWeather(code, d.day(), null, null, null));
            days.put(
                    d.day(),
                    switch (d.measure()) {
                        case TEMPERATURE ->
                            new DailyWeather(
                                    code, d.day(), d.at13() != null ? d.at13() : d.max(), w.humidity(), w.rainfall());
                        case HUMIDITY ->
                            new DailyWeather(
                                    code,
                                    d.day(),
                                    w.temperature(),
                                    d.at13() != null ? d.at13() : d.min(),
                                    w.rainfall());
                        case RAINFALL -> new DailyWeather(code, d.day(), w.temperature(), w.humidity(), d.total());
                        case WATER_LEVEL -> w;
                    });
        }
        return List.copyOf(days.values());
    }

    @Transactional
    public StationView create(StationInput input, CurrentUser user) {
        requireAdmin(user);
        String code = StationValidator.normalise(input.code());
        StationView station = validator.validate(code, input);
        if (stations.find(code).isPresent()) {
            throw new ConflictException("code", "Đã có trạm mã " + code);
        }
        stations.insert(station, user.username());
        audit.recordAs(user.username(), "CREATE", "sensor_station", code, station.name());
        return station;
    }

    @Transactional
    public StationView update(String code, StationInput input, CurrentUser user) {
        requireAdmin(user);
        StationRepository.Stored old = stored(code);
        StationView station = validator.validate(old.view().code(), input);
        stations.update(station, user.username());
        audit.recordAs(user.username(), "UPDATE", "sensor_station", code, station.name());
        return station;
    }

    private static void requireAdmin(CurrentUser user) {
        if (!user.isAdmin()) {
            throw new AccessDeniedException("Chỉ quản trị viên được tạo và sửa trạm quan trắc");
        }
    }

    private StationRepository.Stored stored(String code) {
        return stations.find(code).orElseThrow(() -> NotFoundException.of("trạm quan trắc", code));
    }
}
