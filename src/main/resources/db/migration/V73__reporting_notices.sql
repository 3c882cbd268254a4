-- The reminder and overdue e-mails sent for each report, so a notice goes out once however often the job runs
-- (days_left: the reminder day it answers, e.g. 3 or 1 days before the deadline; 0 for the overdue notice).
CREATE TABLE report_notice (
    form_id    bigint      NOT NULL,
    unit_id    bigint      NOT NULL,
    period     varchar(10) NOT NULL,
    kind       varchar(10) NOT NULL CHECK (kind IN ('REMINDER', 'OVERDUE')),
    days_left  int         NOT NULL,
    recipients int         NOT NULL,
    sent_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (form_id, unit_id, period, kind, days_left)
);
