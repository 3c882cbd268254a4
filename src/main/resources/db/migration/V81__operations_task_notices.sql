-- Reminders about assigned tasks that went out by e-mail: one per task and kind (so many days before the deadline,
-- or overdue), however often the daily job runs and on however many instances.
CREATE TABLE assigned_task_notice (
    task_id    bigint      NOT NULL REFERENCES assigned_task (id) ON DELETE CASCADE,
    kind       varchar(10) NOT NULL CHECK (kind IN ('REMINDER', 'OVERDUE')),
    days_left  integer     NOT NULL,
    recipients integer     NOT NULL,
    sent_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (task_id, kind, days_left)
);
