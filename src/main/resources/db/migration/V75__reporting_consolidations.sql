-- A district's consolidation of its communes' approved reports for a period, as sent to the province: the figures
-- (each commune's and the totals) frozen at submission, and which units were included and which were missing.
CREATE TABLE report_consolidation (
    form_id       bigint      NOT NULL,
    unit_id       bigint      NOT NULL,
    period        varchar(10) NOT NULL,
    snapshot      jsonb       NOT NULL,
    included      int         NOT NULL,
    missing       int         NOT NULL,
    submitted_at  timestamptz NOT NULL DEFAULT now(),
    submitted_by  varchar(64) NOT NULL,
    PRIMARY KEY (form_id, unit_id, period)
);
