package vn.toancanh.sensors.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.toancanh.identity.CurrentUser;
import vn.toancanh.organisation.OrganisationService;
import vn.toancanh.sensors.IngestResult;
import vn.toancanh.sensors.IngestResult.Rejected;
import vn.toancanh.sensors.RawReading;
import vn.toancanh.sensors.ReadingInput;

/**
 * Applies an ingest: every row checked first (nothing is written if one is wrong, and every wrong row is named),
 * then all upserted by station, measure and time, so a batch sent again writes nothing.
 */
@Component
public class ReadingImports {

    /** What was done, and per station code the latest time written (for {@code ReadingsIngested}). */
    public record Outcome(IngestResult result, Map<String, Instant> latestWritten) {}

    /** Seconds from 1900 fit in 37 bits (until the year 6255), measures in 2, leaving 24 bits for the station. */
    private static final long EPOCH_1900 = 2_208_988_800L;

    private final StationRepository stations;
    private final ReadingRepository readings;
    private final OrganisationService organisation;

    ReadingImports(StationRepository stations, ReadingRepository readings, OrganisationService organisation) {
        this.stations = stations;
        this.readings = readings;
        this.organisation = organisation;
    }

    public Outcome applyRaw(List<RawReading> rows, List<Rejected> readProblems, CurrentUser user) {
        ReadingChecker checker = checker(user);
        List<Rejected> problems = new ArrayList<>(readProblems);
        List<ReadingInput> typed = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            ReadingInput r = checker.parse(i + 1, rows.get(i), problems);
            typed.add(r);
        }
        return apply(typed, problems, checker);
    }

    public Outcome apply(List<ReadingInput> rows, CurrentUser user) {
        return apply(new ArrayList<>(rows), new ArrayList<>(), checker(user));
    }

    private ReadingChecker checker(CurrentUser user) {
        Map<String, StationRepository.Stored> byCode = new HashMap<>();
        stations.all().forEach(s -> byCode.put(s.view().code(), s));
        return new ReadingChecker(byCode, s -> writes(user, s.view().unitId()), Instant.now());
    }

    /** Admins send readings for every station; officers for the stations of their unit and the units below it. */
    boolean writes(CurrentUser user, long unitId) {
        if (user.isAdmin()) {
            return true;
        }
        return user.role().isOfficer() && user.unitId() != null && organisation.isWithin(unitId, user.unitId());
    }

    private Outcome apply(List<ReadingInput> typed, List<Rejected> problems, ReadingChecker checker) {
        int n = typed.size();
        List<ReadingRepository.Row> rows = new ArrayList<>(n);
        Map<Long, Integer> stationIndex = new HashMap<>();
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            ReadingInput r = typed.get(i);
            if (r == null) {
                keys[i] = -1 - i;
                continue;
            }
            StationRepository.Stored station = checker.check(i + 1, r, problems);
            if (station == null) {
                keys[i] = -1 - i;
                continue;
            }
            long second = r.observedAt().getEpochSecond();
            int index = stationIndex.computeIfAbsent(station.id(), id -> stationIndex.size());
            keys[i] = ((long) index << 39) | ((long) r.measure().ordinal() << 37) | (second + EPOCH_1900);
            rows.add(new ReadingRepository.Row(station.id(), r.measure(), second, r.value()));
        }
        duplicates(keys, typed, problems);
        if (!problems.isEmpty()) {
            problems.sort(java.util.Comparator.comparingInt(Rejected::row));
            return new Outcome(IngestResult.rejected(n, problems), Map.of());
        }
        Map<Long, ReadingRepository.Written> written = readings.upsert(rows);
        Map<Long, String> codes = new HashMap<>();
        stations.all().forEach(s -> codes.put(s.id(), s.view().code()));
        Map<String, Instant> latest = new LinkedHashMap<>();
        int inserted = 0;
        int updated = 0;
        for (ReadingRepository.Written w : written.values()) {
            inserted += w.inserted();
            updated += w.updated();
            latest.put(codes.get(w.stationId()), w.latest());
        }
        return new Outcome(new IngestResult(n, n, inserted, updated, n - inserted - updated, List.of()), latest);
    }

    /** Names every row that repeats an earlier row's station, measure and time (sorting keys costs less than a set). */
    private static void duplicates(long[] keys, List<ReadingInput> typed, List<Rejected> problems) {
        long[] sorted = keys.clone();
        Arrays.sort(sorted);
        Set<Long> repeated = new HashSet<>();
        for (int i = 1; i < sorted.length; i++) {
            if (sorted[i] >= 0 && sorted[i] == sorted[i - 1]) {
                repeated.add(sorted[i]);
            }
        }
        if (repeated.isEmpty()) {
            return;
        }
        Map<Long, Integer> first = new HashMap<>();
        for (int i = 0; i < keys.length; i++) {
            if (repeated.contains(keys[i])) {
                Integer earlier = first.putIfAbsent(keys[i], i + 1);
                if (earlier != null) {
                    ReadingInput r = typed.get(i);
                    problems.add(new Rejected(
                            i + 1,
                            "time",
                            "Trạm " + r.stationCode() + " đã có số đo "
                                    + r.measure().name() + " lúc " + r.observedAt() + " ở dòng " + earlier
                                    + " của lần gửi này"));
                }
            }
        }
    }
}
