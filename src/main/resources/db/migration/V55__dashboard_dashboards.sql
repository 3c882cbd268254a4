-- IOC dashboards: the home page, one per domain (KT, XH, HC, NC) and those users compose and share.
CREATE TABLE dashboard (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code             varchar(50)  NOT NULL UNIQUE,
    title            varchar(200) NOT NULL,
    title_en         varchar(200),
    kind             varchar(10)  NOT NULL CHECK (kind IN ('HOME', 'DOMAIN', 'USER')),
    domain_code      varchar(20),
    -- app_user id of the author of a USER dashboard; null for HOME and DOMAIN ones, which admins maintain
    owner_id         bigint,
    shared_roles     text[]       NOT NULL DEFAULT '{}',
    shared_unit_ids  bigint[]     NOT NULL DEFAULT '{}',
    rotation_seconds integer      NOT NULL DEFAULT 30 CHECK (rotation_seconds BETWEEN 5 AND 3600),
    on_wall          boolean      NOT NULL DEFAULT false,
    sort_order       integer      NOT NULL DEFAULT 0,
    created_at       timestamptz  NOT NULL DEFAULT now(),
    updated_at       timestamptz  NOT NULL DEFAULT now(),
    CHECK ((kind = 'USER') = (owner_id IS NOT NULL))
);
CREATE INDEX dashboard_owner_idx ON dashboard (owner_id) WHERE owner_id IS NOT NULL;

CREATE TABLE dashboard_widget (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    dashboard_id bigint       NOT NULL REFERENCES dashboard (id) ON DELETE CASCADE,
    position     integer      NOT NULL,
    width        integer      NOT NULL DEFAULT 6 CHECK (width BETWEEN 1 AND 12),
    chart_type   varchar(12)  NOT NULL
        CHECK (chart_type IN ('LINE', 'COLUMN', 'STACKED', 'PIE', 'GAUGE', 'SINGLE', 'TABLE', 'MAP', 'PLACEHOLDER')),
    title        varchar(200) NOT NULL,
    title_en     varchar(200),
    -- analytics dimension items: data item or indicator codes, in order
    dx           text[]       NOT NULL DEFAULT '{}',
    pe           varchar(40)  NOT NULL DEFAULT 'LAST_12_MONTHS',
    ou           varchar(80)  NOT NULL DEFAULT '',
    -- small JSON object: lockPeriod, target, module (of a placeholder), …
    options      text         NOT NULL DEFAULT '{}',
    UNIQUE (dashboard_id, position)
);
