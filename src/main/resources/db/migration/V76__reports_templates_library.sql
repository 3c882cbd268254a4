-- Aggregate reports: a template (the socio-economic situation report of a month, a quarter, a year) is a list of
-- text, table and chart blocks over catalog items for one unit; each generation is kept, as the Excel and PDF files
-- it produced, in the report library, so a later change of the template or of the data never alters a report
-- already issued. Unit ids belong to the organisation module (no foreign key across module lines).
CREATE TABLE report_template (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code         varchar(40)  NOT NULL UNIQUE,
    name         varchar(300) NOT NULL,
    period_type  varchar(20)  NOT NULL CHECK (period_type IN ('MONTHLY', 'QUARTERLY', 'SIX_MONTHLY', 'YEARLY')),
    unit_id      bigint       NOT NULL,
    -- generated on this day of the period's last month; null = only on request
    schedule_day integer CHECK (schedule_day BETWEEN 1 AND 28),
    subscribers  text[]       NOT NULL DEFAULT '{}',
    blocks       jsonb        NOT NULL,
    active       boolean      NOT NULL DEFAULT true,
    version      integer      NOT NULL DEFAULT 1,
    created_at   timestamptz  NOT NULL DEFAULT now(),
    updated_at   timestamptz  NOT NULL DEFAULT now(),
    updated_by   varchar(64)  NOT NULL
);

CREATE TABLE report_library (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    template_id      bigint       NOT NULL REFERENCES report_template (id) ON DELETE CASCADE,
    template_version integer      NOT NULL,
    title            varchar(400) NOT NULL,
    -- the title without diacritics, lower case, for search ("kinh te" finds "kinh tế")
    search           text         NOT NULL,
    period           varchar(20)  NOT NULL,
    trigger          varchar(10)  NOT NULL CHECK (trigger IN ('MANUAL', 'SCHEDULED')),
    generated_by     varchar(64)  NOT NULL,
    generated_at     timestamptz  NOT NULL DEFAULT now(),
    xlsx             bytea        NOT NULL,
    pdf              bytea        NOT NULL,
    recipients       integer      NOT NULL DEFAULT 0,
    sent_at          timestamptz,
    send_error       text
);

CREATE INDEX report_library_recent ON report_library (generated_at DESC);
CREATE INDEX report_library_by_template ON report_library (template_id, period);
-- a schedule issues a period's report once, however many instances run it
CREATE UNIQUE INDEX report_library_scheduled_once ON report_library (template_id, period) WHERE trigger = 'SCHEDULED';
