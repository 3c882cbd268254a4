-- Paperless sessions (kỳ họp HĐND, họp UBND, giao ban): attendees, agenda, documents with versions, resolutions,
-- personal notes and votes. Users belong to identity: their id is kept with a copy of the name (no foreign key across
-- module lines).
CREATE TABLE meeting_session (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    title          varchar(300)  NOT NULL,
    kind           varchar(12)   NOT NULL CHECK (kind IN ('COUNCIL', 'COMMITTEE', 'BRIEFING')),
    starts_at      timestamp     NOT NULL,
    place          varchar(300)  NOT NULL,
    chair_id       bigint        NOT NULL,
    chair_name     varchar(200)  NOT NULL,
    secretary_id   bigint,
    status         varchar(12)   NOT NULL DEFAULT 'PLANNED' CHECK (status IN ('PLANNED', 'IN_PROGRESS', 'CLOSED')),
    voting         boolean       NOT NULL DEFAULT false,
    minutes        text          NOT NULL DEFAULT '',
    updated_at     timestamptz   NOT NULL DEFAULT now(),
    updated_by     varchar(64)   NOT NULL
);

CREATE INDEX meeting_session_by_start ON meeting_session (starts_at DESC);

CREATE TABLE meeting_attendee (
    session_id     bigint       NOT NULL REFERENCES meeting_session (id) ON DELETE CASCADE,
    user_id        bigint       NOT NULL,
    full_name      varchar(200) NOT NULL,
    attendance     varchar(8)   NOT NULL DEFAULT 'INVITED' CHECK (attendance IN ('INVITED', 'PRESENT', 'ABSENT', 'LATE')),
    absence_reason varchar(500),
    PRIMARY KEY (session_id, user_id),
    CHECK (attendance = 'ABSENT' OR absence_reason IS NULL)
);

CREATE INDEX meeting_attendee_by_user ON meeting_attendee (user_id);

CREATE TABLE meeting_agenda_item (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    session_id     bigint       NOT NULL REFERENCES meeting_session (id) ON DELETE CASCADE,
    position       int          NOT NULL,
    title          varchar(500) NOT NULL,
    presenter      varchar(200),
    -- NONE: no vote on this item; OPEN: names shown; SECRET: only counts kept
    vote_mode      varchar(8)   NOT NULL DEFAULT 'NONE' CHECK (vote_mode IN ('NONE', 'OPEN', 'SECRET')),
    vote_state     varchar(8)   NOT NULL DEFAULT 'PENDING' CHECK (vote_state IN ('PENDING', 'OPEN', 'CLOSED')),
    result         varchar(12)  CHECK (result IN ('ADOPTED', 'REJECTED')),
    UNIQUE (session_id, position)
);

CREATE TABLE meeting_document (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    session_id     bigint       NOT NULL REFERENCES meeting_session (id) ON DELETE CASCADE,
    item_id        bigint       REFERENCES meeting_agenda_item (id) ON DELETE SET NULL,
    title          varchar(500) NOT NULL,
    category       varchar(12)  NOT NULL CHECK (category IN ('REPORT', 'DRAFT', 'PROPOSAL', 'REFERENCE', 'OTHER')),
    -- the latest version's text, kept for excerpts around a match
    body_text      text         NOT NULL DEFAULT '',
    -- the title and the latest version's text, folded (no diacritics), for full-text search
    words          tsvector     NOT NULL,
    updated_at     timestamptz  NOT NULL DEFAULT now()
);

CREATE INDEX meeting_document_by_session ON meeting_document (session_id);
CREATE INDEX meeting_document_words ON meeting_document USING gin (words);

-- Every upload is kept: a new file of the same document is a new version.
CREATE TABLE meeting_document_version (
    document_id    bigint       NOT NULL REFERENCES meeting_document (id) ON DELETE CASCADE,
    version        int          NOT NULL,
    file_name      varchar(255) NOT NULL,
    size_bytes     int          NOT NULL,
    content        bytea        NOT NULL,
    uploaded_at    timestamptz  NOT NULL DEFAULT now(),
    uploaded_by    varchar(64)  NOT NULL,
    PRIMARY KEY (document_id, version)
);

-- A reader's own notes on a document: only their author reads them.
CREATE TABLE meeting_note (
    document_id    bigint       NOT NULL REFERENCES meeting_document (id) ON DELETE CASCADE,
    user_id        bigint       NOT NULL,
    body           text         NOT NULL,
    updated_at     timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (document_id, user_id)
);

CREATE TABLE meeting_resolution (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    session_id     bigint       NOT NULL REFERENCES meeting_session (id) ON DELETE CASCADE,
    number         varchar(60)  NOT NULL,
    title          varchar(500) NOT NULL,
    body           text,
    file_name      varchar(255),
    content        bytea,
    adopted_on     date         NOT NULL,
    UNIQUE (session_id, number),
    CHECK (body IS NOT NULL OR content IS NOT NULL)
);

-- Who has voted on an item (one row per attendee, so one vote each); it says nothing about the choice.
CREATE TABLE meeting_ballot (
    item_id        bigint NOT NULL REFERENCES meeting_agenda_item (id) ON DELETE CASCADE,
    user_id        bigint NOT NULL,
    PRIMARY KEY (item_id, user_id)
);

-- The counts per choice, for open and secret votes alike; a secret vote writes only here and to meeting_ballot.
CREATE TABLE meeting_vote_count (
    item_id        bigint     NOT NULL REFERENCES meeting_agenda_item (id) ON DELETE CASCADE,
    choice         varchar(8) NOT NULL CHECK (choice IN ('YES', 'NO', 'ABSTAIN')),
    votes          int        NOT NULL DEFAULT 0,
    PRIMARY KEY (item_id, choice)
);

-- Open votes only: who chose what, shown with the result.
CREATE TABLE meeting_open_vote (
    item_id        bigint       NOT NULL REFERENCES meeting_agenda_item (id) ON DELETE CASCADE,
    user_id        bigint       NOT NULL,
    full_name      varchar(200) NOT NULL,
    choice         varchar(8)   NOT NULL CHECK (choice IN ('YES', 'NO', 'ABSTAIN')),
    PRIMARY KEY (item_id, user_id)
);
