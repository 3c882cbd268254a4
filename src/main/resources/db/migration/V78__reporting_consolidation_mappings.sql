-- A district's own form consolidated from another form its communes fill: each of its items is the sum (or the
-- average, for averaged items) over the communes' approved reports of one or more items of that form. Items not
-- listed take the item of the same code.
CREATE TABLE report_form_mapping (
    target_form_id bigint      PRIMARY KEY REFERENCES report_form (id) ON DELETE CASCADE,
    source_form_id bigint      NOT NULL REFERENCES report_form (id) ON DELETE CASCADE,
    -- [{"target": "HC-TTHC-02-003", "sources": ["HC-TTHC-02-003", "HC-TTHC-02-004"]}, …]
    lines          jsonb       NOT NULL DEFAULT '[]',
    updated_at     timestamptz NOT NULL DEFAULT now(),
    updated_by     varchar(64) NOT NULL,
    CHECK (target_form_id <> source_form_id)
);
