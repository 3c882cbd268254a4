-- Calls per client key in the current minute, counted in the database so that every instance of a cluster shares
-- one budget per key (counted in memory, each instance would allow the whole rate).
CREATE TABLE exchange_rate_window (
    key_id bigint PRIMARY KEY REFERENCES exchange_key (id) ON DELETE CASCADE,
    minute bigint NOT NULL,
    calls integer NOT NULL
);
