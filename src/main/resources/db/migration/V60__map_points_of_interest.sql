-- Points of interest shown on the digital map, one layer each. unit_id is the org_unit the point lies in
-- (a commune), kept without a foreign key because units belong to the organisation module.
CREATE TABLE map_poi
(
  id          BIGSERIAL PRIMARY KEY,
  layer       VARCHAR(30)      NOT NULL,
  name        VARCHAR(255)     NOT NULL,
  description VARCHAR(2000),
  latitude    DOUBLE PRECISION NOT NULL CHECK (latitude BETWEEN -90 AND 90),
  longitude   DOUBLE PRECISION NOT NULL CHECK (longitude BETWEEN -180 AND 180),
  unit_id     BIGINT,
  address     VARCHAR(500),
  -- Free attributes of the layer (a camera's stream, a station's river), shown in the popup.
  properties  JSONB            NOT NULL DEFAULT '{}',
  link        VARCHAR(500),
  public      BOOLEAN          NOT NULL DEFAULT FALSE,
  search_text TEXT             NOT NULL DEFAULT '',
  created_at  TIMESTAMPTZ      NOT NULL DEFAULT now(),
  updated_at  TIMESTAMPTZ      NOT NULL DEFAULT now(),
  CONSTRAINT map_poi_layer_check CHECK (layer IN ('OFFICE', 'HERITAGE', 'CAMERA', 'LOUDSPEAKER', 'STATION', 'SCHOOL',
                                                  'HEALTH_STATION', 'PROJECT', 'OTHER'))
);
CREATE INDEX map_poi_layer_idx ON map_poi (layer);
CREATE INDEX map_poi_unit_idx ON map_poi (unit_id);
