package vn.toancanh.sensors;

import java.math.BigDecimal;
import java.time.Instant;

/** One reading, or one step of a downsampled series (its start time and aggregate). */
public record ReadingView(String stationCode, Measure measure, Instant observedAt, BigDecimal value) {}
