-- Frozen, numbered releases of the open datasets (public data groups): the values as they were when the version was
-- published, never changed afterwards, so a cited or harvested version URL always returns the same bytes. The
-- dataset is the data group's code (no foreign key: groups belong to the catalog module).
CREATE TABLE portal_dataset_version
(
  id           BIGSERIAL PRIMARY KEY,
  dataset_code VARCHAR(60)  NOT NULL,
  version      INT          NOT NULL CHECK (version > 0),
  -- The dataset's title when published, so the files built from the frozen rows never change with a later rename.
  title        VARCHAR(500) NOT NULL,
  published_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
  published_by VARCHAR(100) NOT NULL,
  row_count    INT          NOT NULL CHECK (row_count >= 0),
  -- SHA-256 (hex) of the canonical content: the version's CSV file, byte for byte.
  sha256       CHAR(64)     NOT NULL,
  -- The CSV file (UTF-8 with BOM, the same columns as the live download), gzip-compressed.
  content      BYTEA        NOT NULL,
  note         VARCHAR(1000),
  CONSTRAINT portal_dataset_version_uq UNIQUE (dataset_code, version)
);
