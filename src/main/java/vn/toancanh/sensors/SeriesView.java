package vn.toancanh.sensors;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A station's series over a range, as a chart draws it.
 *
 * @param step null for the raw readings; otherwise the length of each downsampled step (each point starts a step)
 * @param aggregation how a step's readings were combined: {@code RAW}, {@code MAX} (water level, so a peak still
 *     shows), {@code SUM} (rainfall) or {@code AVG}
 */
public record SeriesView(
        StationView station,
        Measure measure,
        Instant from,
        Instant to,
        @Nullable Duration step,
        String aggregation,
        List<ReadingView> readings) {}
