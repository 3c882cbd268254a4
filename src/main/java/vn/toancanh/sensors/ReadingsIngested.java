package vn.toancanh.sensors;

import java.time.Instant;
import java.util.Map;

/**
 * Readings were written (new or changed values), published inside the writing transaction: per station code, the
 * latest time among its written readings.
 */
public record ReadingsIngested(Map<String, Instant> latestObservedAt) {}
