-- External systems that exchange data through the API, their keys (only a SHA-256 of each is kept), the
-- tamper-evident access log (each entry hashes the previous entry's hash with its own content), and push
-- subscriptions with their webhook deliveries (pending, delivered, dead letters).
CREATE TABLE exchange_client (
    id bigserial PRIMARY KEY,
    name varchar(200) NOT NULL UNIQUE,
    owner_unit varchar(200),
    contact_name varchar(200),
    contact_email varchar(200),
    contact_phone varchar(50),
    description text,
    active boolean NOT NULL DEFAULT true,
    created_at timestamptz NOT NULL DEFAULT now(),
    created_by varchar(100) NOT NULL
);

CREATE TABLE exchange_key (
    id bigserial PRIMARY KEY,
    client_id bigint NOT NULL REFERENCES exchange_client (id),
    key_prefix varchar(20) NOT NULL,
    key_hash char(64) NOT NULL UNIQUE,
    can_read boolean NOT NULL,
    can_write boolean NOT NULL,
    data_groups text[] NOT NULL DEFAULT '{}',
    unit_code varchar(64),
    families text[] NOT NULL,
    rate_per_minute integer NOT NULL CHECK (rate_per_minute > 0),
    expires_at timestamptz NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    created_by varchar(100) NOT NULL,
    last_used_at timestamptz,
    revoked_at timestamptz,
    replaced_by bigint REFERENCES exchange_key (id)
);
CREATE INDEX exchange_key_client ON exchange_key (client_id);

CREATE TABLE exchange_access_log (
    id bigint PRIMARY KEY,
    client_id bigint REFERENCES exchange_client (id),
    key_prefix varchar(20),
    method varchar(10) NOT NULL,
    path text NOT NULL,
    status integer NOT NULL,
    response_bytes bigint NOT NULL,
    row_count bigint,
    duration_ms bigint NOT NULL,
    logged_at timestamptz NOT NULL,
    client_address varchar(64),
    prev_hash char(64) NOT NULL,
    entry_hash char(64) NOT NULL
);
CREATE SEQUENCE exchange_access_log_seq;
CREATE INDEX exchange_access_log_client_time ON exchange_access_log (client_id, logged_at);
CREATE INDEX exchange_access_log_time ON exchange_access_log (logged_at);

CREATE TABLE exchange_subscription (
    id bigserial PRIMARY KEY,
    client_id bigint NOT NULL REFERENCES exchange_client (id),
    url varchar(500) NOT NULL,
    secret varchar(100) NOT NULL,
    data_groups text[] NOT NULL DEFAULT '{}',
    alerts boolean NOT NULL DEFAULT false,
    active boolean NOT NULL DEFAULT true,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE exchange_delivery (
    id bigserial PRIMARY KEY,
    subscription_id bigint NOT NULL REFERENCES exchange_subscription (id),
    event varchar(40) NOT NULL,
    payload text NOT NULL,
    item_count integer NOT NULL,
    status varchar(12) NOT NULL CHECK (status IN ('PENDING', 'DELIVERED', 'DEAD')),
    attempts integer NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL DEFAULT now(),
    last_error text,
    created_at timestamptz NOT NULL DEFAULT now(),
    delivered_at timestamptz
);
CREATE INDEX exchange_delivery_due ON exchange_delivery (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX exchange_delivery_subscription ON exchange_delivery (subscription_id, id);
