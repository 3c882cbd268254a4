-- The incoming and outgoing documents registry (sổ văn bản đến/đi) as the e-office system reports it, imported
-- idempotently by the e-office system's code; every change of status is kept. The handling unit's id belongs to the
-- organisation module (no foreign key across module lines).
CREATE TABLE office_document (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code             varchar(60)   NOT NULL UNIQUE,
    direction        varchar(10)   NOT NULL CHECK (direction IN ('INCOMING', 'OUTGOING')),
    number           varchar(100)  NOT NULL,
    issued_on        date          NOT NULL,
    -- incoming only: the day it arrived (counts in that month's figures)
    received_on      date,
    counterpart      varchar(300)  NOT NULL,
    doc_type         varchar(100)  NOT NULL,
    summary          varchar(2000) NOT NULL,
    unit_id          bigint        NOT NULL,
    handler          varchar(200),
    deadline         date,
    status           varchar(12)   NOT NULL CHECK (status IN ('PENDING', 'PROCESSING', 'DONE')),
    completed_on     date,
    digitally_signed boolean       NOT NULL DEFAULT false,
    attachment_name  varchar(255),
    attachment       bytea,
    attachment_text  text,
    -- code, number and counterpart without diacritics, for search by a part of them
    search           text          NOT NULL,
    -- the words of the summary and the attachment's text without diacritics, for full-text search
    words            tsvector      NOT NULL,
    updated_at       timestamptz   NOT NULL DEFAULT now(),
    updated_by       varchar(64)   NOT NULL,
    CHECK ((status = 'DONE') = (completed_on IS NOT NULL)),
    CHECK (received_on IS NULL OR direction = 'INCOMING')
);

CREATE INDEX office_document_by_unit ON office_document (unit_id, (COALESCE(received_on, issued_on)));
CREATE INDEX office_document_words ON office_document USING gin (words);
CREATE INDEX office_document_open_deadline ON office_document (deadline) WHERE completed_on IS NULL;

CREATE TABLE office_document_event (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    document_id  bigint      NOT NULL REFERENCES office_document (id) ON DELETE CASCADE,
    status       varchar(12) NOT NULL,
    at           timestamptz NOT NULL DEFAULT now(),
    by_user      varchar(64) NOT NULL
);

CREATE INDEX office_document_event_by_document ON office_document_event (document_id, at);
