-- One-stop-shop dossiers (hồ sơ thủ tục hành chính) as the one-stop-shop system reports them, imported idempotently by
-- their code; every change of status is kept. The receiving unit's id belongs to the organisation module (no
-- foreign key across module lines). No personal data beyond the applicant's kind and a name kept for officers only.
CREATE TABLE dossier (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code            varchar(60)  NOT NULL UNIQUE,
    procedure_code  varchar(60),
    procedure_name  varchar(500) NOT NULL,
    sector          varchar(200) NOT NULL,
    unit_id         bigint       NOT NULL,
    channel         varchar(20)  NOT NULL CHECK (channel IN ('DIRECT', 'ONLINE_PARTIAL', 'ONLINE_FULL')),
    status          varchar(30)  NOT NULL CHECK (status IN ('RECEIVED', 'PROCESSING', 'SUPPLEMENT_REQUESTED',
                                                           'RESOLVED', 'RETURNED', 'WITHDRAWN')),
    received_at     timestamptz  NOT NULL,
    due_at          timestamptz  NOT NULL,
    completed_at    timestamptz,
    returned_at     timestamptz,
    fee_paid_online boolean      NOT NULL DEFAULT false,
    applicant_kind  varchar(20)  NOT NULL CHECK (applicant_kind IN ('CITIZEN', 'ORGANISATION', 'BUSINESS')),
    applicant_name  varchar(200),
    -- code, procedure and sector without diacritics, for search
    search          text         NOT NULL,
    updated_at      timestamptz  NOT NULL DEFAULT now(),
    updated_by      varchar(64)  NOT NULL,
    CHECK (due_at >= received_at),
    CHECK (completed_at IS NULL OR completed_at >= received_at)
);

CREATE INDEX dossier_by_unit_received ON dossier (unit_id, received_at);
CREATE INDEX dossier_by_unit_completed ON dossier (unit_id, completed_at);
CREATE INDEX dossier_open_due ON dossier (due_at) WHERE completed_at IS NULL;

CREATE TABLE dossier_status_event (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    dossier_id  bigint      NOT NULL REFERENCES dossier (id) ON DELETE CASCADE,
    status      varchar(30) NOT NULL,
    at          timestamptz NOT NULL DEFAULT now(),
    by_user     varchar(64) NOT NULL
);

CREATE INDEX dossier_status_event_by_dossier ON dossier_status_event (dossier_id, at);
