/**
 * Monitoring stations (water level on rivers, rain gauges, weather stations) with their place and alarm levels, and
 * their time series: readings ingested in bulk (JSON or CSV, idempotent by station, measure and time), charts,
 * daily weather summaries and the latest value with its alarm level for the map.
 */
@NullMarked
package vn.toancanh.sensors;

import org.jspecify.annotations.NullMarked;
