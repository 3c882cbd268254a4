-- Tasks assigned to the district's units (nhiệm vụ được giao) by the city People's Committee or the district's
-- leaders, as the e-office system records them, imported idempotently by code; the lead unit reports progress here
-- (percentage, text, an attachment) until the task is done with its result. Unit ids belong to the organisation
-- module (no foreign keys across module lines).
CREATE TABLE assigned_task (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code             varchar(60)  NOT NULL UNIQUE,
    title            varchar(500) NOT NULL,
    source_number    varchar(100),
    source_date      date,
    issuer           varchar(200) NOT NULL,
    assigned_by      varchar(200),
    lead_unit_id     bigint       NOT NULL,
    support_unit_ids bigint[]     NOT NULL DEFAULT '{}',
    deadline         date         NOT NULL,
    priority         varchar(10)  NOT NULL CHECK (priority IN ('NORMAL', 'HIGH', 'URGENT')),
    progress         integer      NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
    completed_on     date,
    result           text,
    search           text         NOT NULL,
    updated_at       timestamptz  NOT NULL DEFAULT now(),
    updated_by       varchar(64)  NOT NULL
);

CREATE INDEX assigned_task_by_lead ON assigned_task (lead_unit_id, deadline);
CREATE INDEX assigned_task_open ON assigned_task (deadline) WHERE completed_on IS NULL;

CREATE TABLE assigned_task_update (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    task_id         bigint       NOT NULL REFERENCES assigned_task (id) ON DELETE CASCADE,
    at              timestamptz  NOT NULL DEFAULT now(),
    by_user         varchar(64)  NOT NULL,
    progress        integer      NOT NULL CHECK (progress BETWEEN 0 AND 100),
    note            text         NOT NULL,
    attachment_name varchar(200),
    attachment_type varchar(100),
    attachment      bytea
);

CREATE INDEX assigned_task_update_by_task ON assigned_task_update (task_id, at);
