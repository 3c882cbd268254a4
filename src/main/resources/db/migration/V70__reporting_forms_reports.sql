-- Periodic reporting (Decree 09/2019/NĐ-CP): report forms with their versions, the units that must report and the
-- approval chain; each unit's report for a period with its status, deadline and history. Ids of data items and units
-- belong to other modules (no foreign keys across module lines; the service checks them).
CREATE TABLE report_form (
    id                    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code                  varchar(50)  NOT NULL UNIQUE,
    name                  varchar(300) NOT NULL,
    name_en               varchar(300),
    legal_basis           varchar(500),
    period_type           varchar(20)  NOT NULL CHECK (period_type IN ('MONTHLY', 'QUARTERLY', 'SIX_MONTHLY', 'YEARLY')),
    -- 0: the calendar period; 15: the statistical month runs from the 15th of the month before to the 14th
    cutoff_day            integer      NOT NULL DEFAULT 0 CHECK (cutoff_day BETWEEN 0 AND 28),
    -- the deadline: so many days after the data cut-off, or the first such day of a month after it
    deadline_days         integer CHECK (deadline_days BETWEEN 0 AND 366),
    deadline_day_of_month integer CHECK (deadline_day_of_month BETWEEN 1 AND 28),
    reminder_days         integer[]    NOT NULL DEFAULT '{}',
    current_version       integer      NOT NULL DEFAULT 1,
    active                boolean      NOT NULL DEFAULT true,
    created_at            timestamptz  NOT NULL DEFAULT now(),
    updated_at            timestamptz  NOT NULL DEFAULT now(),
    CHECK ((deadline_days IS NULL) <> (deadline_day_of_month IS NULL))
);

-- What a form asks, per version: a report keeps the version it was filled in, so changing a form never changes a
-- report already submitted.
CREATE TABLE report_form_version (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    form_id    bigint      NOT NULL REFERENCES report_form (id) ON DELETE CASCADE,
    version    integer     NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    created_by varchar(64) NOT NULL,
    UNIQUE (form_id, version)
);

CREATE TABLE report_form_section (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    version_id bigint       NOT NULL REFERENCES report_form_version (id) ON DELETE CASCADE,
    position   integer      NOT NULL,
    title      varchar(300) NOT NULL,
    UNIQUE (version_id, position)
);

CREATE TABLE report_form_item (
    section_id bigint  NOT NULL REFERENCES report_form_section (id) ON DELETE CASCADE,
    position   integer NOT NULL,
    item_id    bigint  NOT NULL,
    PRIMARY KEY (section_id, position)
);
CREATE INDEX report_form_item_item_idx ON report_form_item (item_id);

-- The units that must send the form.
CREATE TABLE report_form_unit (
    form_id bigint NOT NULL REFERENCES report_form (id) ON DELETE CASCADE,
    unit_id bigint NOT NULL,
    PRIMARY KEY (form_id, unit_id)
);

-- The approval chain, in order; unit_id null: the reporting unit itself (its head approves).
CREATE TABLE report_form_step (
    form_id  bigint       NOT NULL REFERENCES report_form (id) ON DELETE CASCADE,
    position integer      NOT NULL,
    unit_id  bigint,
    title    varchar(200) NOT NULL,
    PRIMARY KEY (form_id, position)
);

-- A unit's report for a period. No row: not started. RETURNED goes back to DRAFT when the unit edits it.
CREATE TABLE report (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    form_id        bigint      NOT NULL REFERENCES report_form (id),
    version_id     bigint      NOT NULL REFERENCES report_form_version (id),
    unit_id        bigint      NOT NULL,
    period         varchar(10) NOT NULL,
    status         varchar(10) NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED')),
    -- the approval step a SUBMITTED report waits at (0-based)
    step           integer     NOT NULL DEFAULT 0,
    deadline       date        NOT NULL,
    submitted_at   timestamptz,
    submitted_by   varchar(64),
    approved_at    timestamptz,
    approved_by    varchar(64),
    returned_reason text,
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now(),
    UNIQUE (form_id, unit_id, period)
);
CREATE INDEX report_form_period_idx ON report (form_id, period);
CREATE INDEX report_unit_period_idx ON report (unit_id, period) WHERE status IN ('SUBMITTED', 'APPROVED');

-- Every step of a report's life: who, when, from which status to which, with the comment or reason given.
CREATE TABLE report_event (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    report_id   bigint      NOT NULL REFERENCES report (id) ON DELETE CASCADE,
    action      varchar(10) NOT NULL CHECK (action IN ('SAVE', 'SUBMIT', 'APPROVE', 'RETURN', 'REOPEN')),
    from_status varchar(12) NOT NULL,
    to_status   varchar(10) NOT NULL,
    step        integer     NOT NULL DEFAULT 0,
    actor       varchar(64) NOT NULL,
    comment     text,
    at          timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX report_event_report_idx ON report_event (report_id, at);
