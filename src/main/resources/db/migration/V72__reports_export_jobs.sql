-- Large exports run in the background; their state and, once done, the file itself live here, so any application
-- instance answers a poll or a download and a restart loses nothing but the exports that were running.
CREATE TABLE export_job (
    id           uuid        PRIMARY KEY,
    username     text        NOT NULL,
    title        text        NOT NULL,
    format       text        NOT NULL CHECK (format IN ('XLSX', 'CSV')),
    query        jsonb       NOT NULL,
    status       text        NOT NULL CHECK (status IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    total_rows   bigint,
    done_rows    bigint      NOT NULL DEFAULT 0,
    error        text,
    file_name    text,
    content      bytea,
    size_bytes   bigint,
    created_at   timestamptz NOT NULL DEFAULT now(),
    started_at   timestamptz,
    finished_at  timestamptz
);

CREATE INDEX export_job_by_user ON export_job (username, created_at DESC);
