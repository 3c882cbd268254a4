-- Alert notifications: webhook subscriptions and an outbox of deliveries (webhook calls and e-mails).

CREATE TABLE alert_webhook (
    id           bigserial PRIMARY KEY,
    name         varchar(200)  NOT NULL,
    url          varchar(2000) NOT NULL,
    -- Kept as issued, not hashed like a password: every delivery is signed with it (HMAC-SHA256), so the
    -- server must be able to read it. It is shown once when the subscription is created and never returned again.
    secret       varchar(200)  NOT NULL,
    min_severity varchar(10)   NOT NULL CHECK (min_severity IN ('INFO', 'WARNING', 'CRITICAL')),
    active       boolean       NOT NULL DEFAULT true,
    created_by   varchar(100)  NOT NULL,
    created_at   timestamptz   NOT NULL DEFAULT now()
);

-- One row per notification to send. event_id refers to alert_event.id without a foreign key (that table belongs
-- to the alert events' own migration); test deliveries use 0.
CREATE TABLE alert_delivery (
    id              bigserial PRIMARY KEY,
    event_id        bigint       NOT NULL,
    kind            varchar(10)  NOT NULL CHECK (kind IN ('RAISED', 'RESOLVED', 'TEST')),
    level           integer      NOT NULL DEFAULT 0,
    channel         varchar(10)  NOT NULL CHECK (channel IN ('WEBHOOK', 'EMAIL')),
    -- the webhook's id for WEBHOOK, the e-mail address (lower case) for EMAIL
    target          varchar(320) NOT NULL,
    webhook_id      bigint REFERENCES alert_webhook (id) ON DELETE CASCADE,
    payload         text         NOT NULL,
    status          varchar(10)  NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
    attempts        integer      NOT NULL DEFAULT 0,
    next_attempt_at timestamptz  NOT NULL DEFAULT now(),
    last_error      varchar(500),
    created_at      timestamptz  NOT NULL DEFAULT now(),
    sent_at         timestamptz,
    CHECK ((channel = 'WEBHOOK') = (webhook_id IS NOT NULL))
);

-- An event is delivered once per target and level (an escalation to a higher level is a new notification),
-- however many instances receive it and however often it is published.
CREATE UNIQUE INDEX alert_delivery_once ON alert_delivery (event_id, kind, level, channel, target) WHERE kind <> 'TEST';
CREATE INDEX alert_delivery_due ON alert_delivery (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX alert_delivery_webhook ON alert_delivery (webhook_id, id);
CREATE INDEX alert_delivery_recent ON alert_delivery (created_at DESC);
