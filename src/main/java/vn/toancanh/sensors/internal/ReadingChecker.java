package vn.toancanh.sensors.internal;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import vn.toancanh.organisation.OrganisationService;
import vn.toancanh.sensors.IngestResult.Rejected;
import vn.toancanh.sensors.Measure;
import vn.toancanh.sensors.RawReading;
import vn.toancanh.sensors.ReadingInput;
import vn.toancanh.shared.VietnameseNumbers;

/**
 * Checks one reading at a time: a known, active station the caller may write for, a measure of its kind, a time
 * not in the future (five minutes of clock drift allowed) and a number in the measure's range.
 */
final class ReadingChecker {

    /** A logger's clock may run a little ahead. */
    static final long FUTURE_SLACK_SECONDS = 300;

    private static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");

    private final Map<String, StationRepository.Stored> stations;
    private final Predicate<StationRepository.Stored> writable;
    private final Map<String, Boolean> writableCache = new java.util.HashMap<>();
    private final Instant latestAllowed;

    ReadingChecker(
            Map<String, StationRepository.Stored> stations, Predicate<StationRepository.Stored> writable, Instant now) {
        this.stations = stations;
        this.writable = writable;
        this.latestAllowed = now.plusSeconds(FUTURE_SLACK_SECONDS);
    }

    /** The typed reading of a row sent as text, or null with its problems added. */
    @Nullable
    ReadingInput parse(int row, RawReading raw, List<Rejected> problems) {
        int before = problems.size();
        String station = blankToNull(raw.station());
        if (station == null) {
            problems.add(new Rejected(row, "station", "Thiếu mã trạm"));
        }
        Measure measure = measure(row, raw.measure(), problems);
        Instant time = time(row, raw.time(), problems);
        BigDecimal value = value(row, raw.value(), problems);
        if (problems.size() > before || station == null || measure == null || time == null || value == null) {
            return null;
        }
        return new ReadingInput(station, measure, time, value);
    }

    /** The stored station of a valid reading, or null with its problems added. */
    StationRepository.@Nullable Stored check(int row, ReadingInput r, List<Rejected> problems) {
        StationRepository.Stored station = stations.get(r.stationCode());
        int before = problems.size();
        if (station == null) {
            problems.add(new Rejected(row, "station", "Không có trạm mã " + r.stationCode()));
        } else if (!writableCache.computeIfAbsent(r.stationCode(), c -> writable.test(station))) {
            problems.add(new Rejected(row, "station", "Bạn không được gửi số liệu của trạm " + r.stationCode()));
        } else if (!station.view().active()) {
            problems.add(new Rejected(row, "station", "Trạm " + r.stationCode() + " đã ngừng hoạt động"));
        } else if (!station.view().kind().measures(r.measure())) {
            problems.add(new Rejected(
                    row,
                    "measure",
                    station.view().kind().labelVi() + " " + r.stationCode() + " không đo "
                            + r.measure().labelVi().toLowerCase(Locale.ROOT)));
        }
        if (r.observedAt().isAfter(latestAllowed)) {
            problems.add(new Rejected(
                    row, "time", "Thời điểm " + r.observedAt() + " ở tương lai (quá 5 phút so với giờ máy chủ)"));
        } else if (r.observedAt().isBefore(EARLIEST)) {
            problems.add(new Rejected(row, "time", "Thời điểm " + r.observedAt() + " trước năm 1900"));
        }
        Measure m = r.measure();
        if (r.value().compareTo(m.min) < 0 || r.value().compareTo(m.max) > 0) {
            problems.add(new Rejected(
                    row,
                    "value",
                    m.labelVi() + " " + VietnameseNumbers.format(r.value().toPlainString()) + " " + m.unit
                            + " nằm ngoài khoảng hợp lệ (" + VietnameseNumbers.format(m.min.toPlainString()) + " – "
                            + VietnameseNumbers.format(m.max.toPlainString()) + " " + m.unit + ")"));
        }
        return problems.size() > before ? null : station;
    }

    private static @Nullable Measure measure(int row, @Nullable String text, List<Rejected> problems) {
        String s = blankToNull(text);
        if (s == null) {
            problems.add(
                    new Rejected(row, "measure", "Thiếu đại lượng (WATER_LEVEL, RAINFALL, TEMPERATURE, HUMIDITY)"));
            return null;
        }
        try {
            return Measure.valueOf(s.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new Rejected(
                    row,
                    "measure",
                    "Đại lượng '" + s + "' không có; dùng WATER_LEVEL, RAINFALL, TEMPERATURE, HUMIDITY"));
            return null;
        }
    }

    /** ISO 8601 with an offset ({@code 2026-09-10T07:00:00+07:00}, {@code …Z}), or a local time in Vietnam. */
    static @Nullable Instant time(int row, @Nullable String text, List<Rejected> problems) {
        String s = blankToNull(text);
        if (s == null) {
            problems.add(new Rejected(row, "time", "Thiếu thời điểm đo"));
            return null;
        }
        String iso = s.length() > 10 && s.charAt(10) == ' ' ? s.substring(0, 10) + 'T' + s.substring(11) : s;
        try {
            return OffsetDateTime.parse(iso).toInstant();
        } catch (DateTimeException e) {
            try {
                return LocalDateTime.parse(iso).atZone(OrganisationService.ZONE).toInstant();
            } catch (DateTimeException e2) {
                problems.add(new Rejected(
                        row, "time", "Thời điểm '" + s + "' không đọc được; dùng dạng 2026-09-10T07:00:00+07:00"));
                return null;
            }
        }
    }

    private static @Nullable BigDecimal value(int row, @Nullable String text, List<Rejected> problems) {
        String s = blankToNull(text);
        if (s == null) {
            problems.add(new Rejected(row, "value", "Thiếu giá trị"));
            return null;
        }
        try {
            // machines write 1.234 for one and a bit; a person's 3,42 or 1.234,5 is read as a Vietnamese number
            return new BigDecimal(s);
        } catch (NumberFormatException e) {
            String machine = s.indexOf(',') >= 0 ? VietnameseNumbers.toMachine(s) : null;
            try {
                return new BigDecimal(machine == null ? s : machine);
            } catch (NumberFormatException e2) {
                problems.add(new Rejected(row, "value", "Giá trị '" + s + "' không phải là số"));
                return null;
            }
        }
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
