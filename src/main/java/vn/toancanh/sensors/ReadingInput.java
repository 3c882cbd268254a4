package vn.toancanh.sensors;

import java.math.BigDecimal;
import java.time.Instant;

/** One reading to ingest; its time is kept to the second. */
public record ReadingInput(String stationCode, Measure measure, Instant observedAt, BigDecimal value) {}
