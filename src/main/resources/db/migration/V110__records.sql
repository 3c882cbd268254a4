-- Digitised records (hồ sơ số hoá): scanned dossiers, registers, social-protection records. The owning unit's id
-- belongs to the organisation module (no foreign key across module lines). Files are kept in the database, as the
-- documents registry keeps its attachments: one system of record, one backup, every instance sees every file.
CREATE TABLE archive_record_type (
    code        varchar(40)  PRIMARY KEY,
    name        varchar(200) NOT NULL,
    name_en     varchar(200) NOT NULL,
    -- the catalog item whose monthly values count this type's records by owning unit (null: none)
    feeds_item  varchar(60)
);

INSERT INTO archive_record_type (code, name, name_en, feeds_item) VALUES
    ('BTXH', 'Hồ sơ đối tượng bảo trợ xã hội', 'Social protection beneficiary record', 'HS-SOHOA-BTXH'),
    ('HONGHEO', 'Hồ sơ hộ nghèo, hộ cận nghèo', 'Poor household record', 'HS-SOHOA-HONGHEO'),
    ('SODANGKY', 'Sổ đăng ký (hộ tịch, đất đai)', 'Register (civil status, land)', NULL),
    ('HOSOTTHC', 'Hồ sơ thủ tục hành chính đã giải quyết', 'Resolved administrative procedure dossier', NULL),
    ('KHAC', 'Tài liệu lưu trữ khác', 'Other archival document', NULL);

CREATE TABLE archive_record (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code          varchar(60)   NOT NULL UNIQUE,
    title         varchar(500)  NOT NULL,
    type_code     varchar(40)   NOT NULL REFERENCES archive_record_type (code),
    unit_id       bigint        NOT NULL,
    -- personal data: shown only to staff who read the owning unit's records, never on public pages
    subject_name  varchar(200),
    date_from     date          NOT NULL,
    date_to       date,
    retention     varchar(20)   NOT NULL,
    sharing       varchar(12)   NOT NULL CHECK (sharing IN ('PUBLIC', 'INTERNAL', 'RESTRICTED')),
    page_count    int           NOT NULL DEFAULT 0 CHECK (page_count >= 0),
    -- NONE: no files; QUEUED/RUNNING: the background job has pages to read; WAITING: pages need OCR but tesseract
    -- or its Vietnamese data is missing; DONE; FAILED
    ocr_status    varchar(10)   NOT NULL DEFAULT 'NONE'
                  CHECK (ocr_status IN ('NONE', 'QUEUED', 'RUNNING', 'WAITING', 'DONE', 'FAILED')),
    ocr_pages     int           NOT NULL DEFAULT 0,
    ocr_done      int           NOT NULL DEFAULT 0,
    ocr_error     varchar(500),
    -- when an instance last worked on it: a RUNNING record left longer than the lease (a restart) is taken up again
    ocr_claimed_at timestamptz,
    -- code, title, subject without diacritics, for search by a part of them
    search        text          NOT NULL,
    -- the subject's name without diacritics, searched only for readers of the owning unit
    subject_search text         NOT NULL DEFAULT '',
    -- the metadata's words without diacritics, for full-text search (the pages have their own)
    words         tsvector      NOT NULL,
    created_at    timestamptz   NOT NULL DEFAULT now(),
    created_by    varchar(64)   NOT NULL,
    CHECK (date_to IS NULL OR date_to >= date_from)
);

CREATE INDEX archive_record_by_unit ON archive_record (unit_id, date_from);
CREATE INDEX archive_record_words ON archive_record USING gin (words);
CREATE INDEX archive_record_queue ON archive_record (id) WHERE ocr_status IN ('QUEUED', 'RUNNING', 'WAITING');

CREATE TABLE archive_file (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    record_id   bigint       NOT NULL REFERENCES archive_record (id) ON DELETE CASCADE,
    position    int          NOT NULL,
    name        varchar(255) NOT NULL,
    media_type  varchar(40)  NOT NULL,
    size_bytes  bigint       NOT NULL,
    page_count  int          NOT NULL,
    content     bytea        NOT NULL,
    UNIQUE (record_id, position)
);

-- One page's text: read from a PDF's text layer or recognised by tesseract. Pages already read are kept, so a job
-- interrupted by a restart resumes at the next page.
CREATE TABLE archive_page (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    record_id   bigint       NOT NULL REFERENCES archive_record (id) ON DELETE CASCADE,
    file_id     bigint       NOT NULL REFERENCES archive_file (id) ON DELETE CASCADE,
    page_no     int          NOT NULL,
    source      varchar(10)  NOT NULL CHECK (source IN ('TEXT', 'OCR')),
    text        text         NOT NULL,
    words       tsvector     NOT NULL,
    millis      int          NOT NULL DEFAULT 0,
    UNIQUE (file_id, page_no)
);

CREATE INDEX archive_page_words ON archive_page USING gin (words);
CREATE INDEX archive_page_by_record ON archive_page (record_id);
