-- Warning rules an admin edits, and the alert events they open. An event is opened once per rule and subject (a unit,
-- a station, a form) and stays the only one while open; it may rise in level (flood alarm I to III) and is resolved by
-- the system when its cause goes away, or by a person. A person's resolution holds while the cause persists
-- ("cleared" false), so the same condition does not open a new event at the next evaluation. Unit ids belong to the
-- organisation module (no foreign keys across module lines).
CREATE TABLE alert_rule (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code        varchar(60)   NOT NULL UNIQUE,
    name        varchar(300)  NOT NULL,
    kind        varchar(20)   NOT NULL CHECK (kind IN ('THRESHOLD', 'OFF_TARGET', 'OVERDUE', 'FLOOD', 'FIRE_DANGER')),
    severity    varchar(10)   NOT NULL CHECK (severity IN ('INFO', 'WARNING', 'CRITICAL')),
    -- THRESHOLD, OFF_TARGET: an item or indicator code; OVERDUE: TASKS, DOSSIERS, DOCUMENTS or REPORTS;
    -- FLOOD, FIRE_DANGER: a station code, or null for every station of the kind
    target      varchar(100),
    unit_id     bigint,
    each_child  boolean       NOT NULL DEFAULT true,
    comparison  varchar(3)    CHECK (comparison IN ('GT', 'GTE', 'LT', 'LTE')),
    threshold   numeric,
    period      varchar(30),
    -- FIRE_DANGER: the dryness index's lower bounds of levels II to V, and the rain (mm) that resets it
    levels      numeric[],
    rain_reset  numeric,
    active      boolean       NOT NULL DEFAULT true,
    updated_at  timestamptz   NOT NULL DEFAULT now(),
    updated_by  varchar(64)   NOT NULL
);

CREATE TABLE alert_event (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    rule_id          bigint        NOT NULL REFERENCES alert_rule (id) ON DELETE CASCADE,
    subject          varchar(120)  NOT NULL,
    severity         varchar(10)   NOT NULL,
    level            integer       NOT NULL DEFAULT 0,
    unit_id          bigint,
    title            varchar(500)  NOT NULL,
    cause            varchar(1000) NOT NULL,
    search           text          NOT NULL,
    link             varchar(500),
    value            numeric,
    lat              double precision,
    lon              double precision,
    opened_at        timestamptz   NOT NULL DEFAULT now(),
    updated_at       timestamptz   NOT NULL DEFAULT now(),
    acknowledged_at  timestamptz,
    acknowledged_by  varchar(64),
    resolved_at      timestamptz,
    resolved_by      varchar(64),
    resolution       varchar(1000),
    cleared          boolean       NOT NULL DEFAULT false
);

-- at most one open event per rule and subject, even with several instances evaluating
CREATE UNIQUE INDEX alert_event_open ON alert_event (rule_id, subject) WHERE resolved_at IS NULL;
CREATE INDEX alert_event_held ON alert_event (rule_id, subject) WHERE NOT cleared;
CREATE INDEX alert_event_recent ON alert_event (opened_at DESC);
