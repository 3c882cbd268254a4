-- Monitoring stations (water level, rain gauges, weather) and their time series. unit_id is the org_unit (a
-- commune) the station stands in, kept without a foreign key because units belong to the organisation module.
CREATE TABLE sensor_station
(
  id         BIGSERIAL PRIMARY KEY,
  code       VARCHAR(40)      NOT NULL UNIQUE,
  name       VARCHAR(255)     NOT NULL,
  kind       VARCHAR(20)      NOT NULL CHECK (kind IN ('WATER_LEVEL', 'RAIN', 'WEATHER')),
  unit_id    BIGINT           NOT NULL,
  latitude   DOUBLE PRECISION NOT NULL CHECK (latitude BETWEEN -90 AND 90),
  longitude  DOUBLE PRECISION NOT NULL CHECK (longitude BETWEEN -180 AND 180),
  river      VARCHAR(100),
  -- Water-level alarm levels I, II, III in metres, ascending.
  alarm1     NUMERIC(12, 3),
  alarm2     NUMERIC(12, 3),
  alarm3     NUMERIC(12, 3),
  active     BOOLEAN          NOT NULL DEFAULT TRUE,
  created_at TIMESTAMPTZ      NOT NULL DEFAULT now(),
  updated_at TIMESTAMPTZ      NOT NULL DEFAULT now(),
  updated_by VARCHAR(100)     NOT NULL,
  CONSTRAINT sensor_station_alarms_check CHECK (
    (alarm1 IS NULL OR alarm2 IS NULL OR alarm1 < alarm2)
      AND (alarm2 IS NULL OR alarm3 IS NULL OR alarm2 < alarm3)
      AND (alarm1 IS NULL OR alarm3 IS NULL OR alarm1 < alarm3))
);
CREATE INDEX sensor_station_unit_idx ON sensor_station (unit_id);

-- One value per station, measure and time (kept to the second). Rainfall is the amount since the previous reading.
-- The primary key serves every read: a range of one series, and its latest value by a backward scan.
CREATE TABLE sensor_reading
(
  station_id  BIGINT         NOT NULL REFERENCES sensor_station (id) ON DELETE CASCADE,
  measure     VARCHAR(20)    NOT NULL CHECK (measure IN ('WATER_LEVEL', 'RAINFALL', 'TEMPERATURE', 'HUMIDITY')),
  observed_at TIMESTAMPTZ    NOT NULL,
  value       NUMERIC(12, 3) NOT NULL,
  PRIMARY KEY (station_id, measure, observed_at)
);
