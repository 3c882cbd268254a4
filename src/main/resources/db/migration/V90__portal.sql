-- The public portal's own records. Heritage sites are the map's public HERITAGE points (poi_id, no foreign key:
-- points belong to the map module); the portal adds what a visitor needs that the map does not hold.
CREATE TABLE portal_heritage_site
(
  poi_id         BIGINT PRIMARY KEY,
  summary        TEXT,
  opening_hours  VARCHAR(500),
  festival_name  VARCHAR(255),
  -- As people say them, often lunar: "Mùng 10 – 12 tháng Giêng âm lịch".
  festival_dates VARCHAR(255),
  updated_at     TIMESTAMPTZ  NOT NULL DEFAULT now(),
  updated_by     VARCHAR(100) NOT NULL
);

-- Photos are stored re-encoded (JPEG, at most 1600 px), so no camera or location metadata of an upload survives.
CREATE TABLE portal_heritage_photo
(
  id         BIGSERIAL PRIMARY KEY,
  poi_id     BIGINT       NOT NULL,
  caption    VARCHAR(255) NOT NULL,
  media_type VARCHAR(50)  NOT NULL,
  width      INT          NOT NULL CHECK (width > 0),
  height     INT          NOT NULL CHECK (height > 0),
  content    BYTEA        NOT NULL,
  sort_order INT          NOT NULL DEFAULT 0,
  created_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
  created_by VARCHAR(100) NOT NULL
);
CREATE INDEX portal_heritage_photo_poi_idx ON portal_heritage_photo (poi_id, sort_order, id);

-- Report templates whose generated reports the portal lists as news; a template is shown only while every item it
-- cites is public.
CREATE TABLE portal_published_report
(
  template_code VARCHAR(60) PRIMARY KEY,
  published_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
  published_by  VARCHAR(100) NOT NULL
);
