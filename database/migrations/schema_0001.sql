-- Schema 0001: the first released schema of Commitment Tracker.
-- (date(x, '+0 days') normalises 2025-02-30 to 2025-03-02, so the equality rejects it;
-- plain date(x) would return it unchanged.)
-- Every rule the application enforces has a CHECK, NOT NULL or foreign key here, so no tool
-- writing to the file can bypass it. Dates are ISO text; money is exact (decimal text or cents).

CREATE TABLE countries (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE CHECK (length(uuid) = 36),
    iso3 TEXT NOT NULL UNIQUE CHECK (length(iso3) = 3 AND iso3 = upper(iso3)),
    iso2 TEXT CHECK (iso2 IS NULL OR (length(iso2) = 2 AND iso2 = upper(iso2))),
    m49 TEXT CHECK (m49 IS NULL OR m49 NOT GLOB '*[^0-9]*'),
    name TEXT NOT NULL CHECK (trim(name) <> ''),
    -- Statistical aggregates such as UN Comtrade's World (W00) are partners, never countries.
    is_aggregate INTEGER NOT NULL DEFAULT 0 CHECK (is_aggregate IN (0, 1)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE organisations (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE CHECK (length(uuid) = 36),
    name TEXT NOT NULL CHECK (trim(name) <> ''),
    short_name TEXT,
    kind TEXT NOT NULL DEFAULT 'government'
        CHECK (kind IN ('government', 'ministry', 'agency', 'commission', 'company',
                        'international', 'other')),
    country_iso3 TEXT REFERENCES countries (iso3) ON UPDATE CASCADE,
    notes TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (name, country_iso3)
);

CREATE TABLE people (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE CHECK (length(uuid) = 36),
    name TEXT NOT NULL CHECK (trim(name) <> ''),
    -- The name as written in the person's own language, e.g. Cyrillic.
    native_name TEXT,
    country_iso3 TEXT REFERENCES countries (iso3) ON UPDATE CASCADE,
    notes TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- Ministers change: a person holds positions over time.
CREATE TABLE positions (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE CHECK (length(uuid) = 36),
    person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    title TEXT NOT NULL CHECK (trim(title) <> ''),
    organisation_id INTEGER REFERENCES organisations (id) ON DELETE SET NULL,
    country_iso3 TEXT REFERENCES countries (iso3) ON UPDATE CASCADE,
    start_date TEXT CHECK (start_date IS NULL OR (start_date GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]' AND date(start_date, '+0 days') = start_date)),
    end_date TEXT CHECK (end_date IS NULL OR (end_date GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]' AND date(end_date, '+0 days') = end_date)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK (start_date IS NULL OR end_date IS NULL OR end_date >= start_date)
);
CREATE INDEX idx_positions_person ON positions (person_id);

CREATE TABLE topics (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE CHECK (length(uuid) = 36),
    name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (trim(name) <> ''),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE meetings (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE CHECK (length(uuid) = 36),
    title TEXT NOT NULL CHECK (trim(title) <> ''),
    meeting_date TEXT NOT NULL CHECK (meeting_date GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]' AND date(meeting_date, '+0 days') = meeting_date),
    place TEXT,
    forum TEXT,
    summary TEXT,
    source_citation TEXT,
    source_url TEXT CHECK (source_url IS NULL OR source_url LIKE 'http://%' OR source_url LIKE 'https://%'),
    -- The source exactly as published (machine translations included, errors and all).
    source_text TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX idx_meetings_date ON meetings (meeting_date);

CREATE TABLE meeting_countries (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE CHECK (length(uuid) = 36),
    meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    country_iso3 TEXT NOT NULL REFERENCES countries (iso3) ON UPDATE CASCADE,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (meeting_id, country_iso3)
);
CREATE INDEX idx_meeting_countries_country ON meeting_countries (country_iso3);

CREATE TABLE meeting_participants (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE CHECK (length(uuid) = 36),
    meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE RESTRICT,
    -- The position the person held at that meeting, kept as text too because titles change.
    position_id INTEGER REFERENCES positions (id) ON DELETE SET NULL,
    position_title TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (meeting_id, person_id)
);
CREATE INDEX idx_meeting_participants_person ON meeting_participants (person_id);

CREATE TABLE meeting_topics (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE CHECK (length(uuid) = 36),
    meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    topic_id INTEGER NOT NULL REFERENCES topics (id) ON DELETE RESTRICT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (meeting_id, topic_id)
);

-- What "the actual" of a commitment is: which flows, whose statistics, which products.
CREATE TABLE metric_definitions (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE CHECK (length(uuid) = 36),
    name TEXT NOT NULL UNIQUE CHECK (trim(name) <> ''),
    flow TEXT NOT NULL CHECK (flow IN ('turnover', 'export', 'import')),
    reporter_iso3 TEXT NOT NULL REFERENCES countries (iso3) ON UPDATE CASCADE,
    partner_iso3 TEXT NOT NULL REFERENCES countries (iso3) ON UPDATE CASCADE,
    product_scope TEXT NOT NULL DEFAULT 'all' CHECK (product_scope IN ('all', 'hs_chapters', 'product_group')),
    -- 'hs_chapters': ranges such as '01-24,30'; 'product_group': a group code from resources.
    product_codes TEXT,
    period_basis TEXT NOT NULL DEFAULT 'annual' CHECK (period_basis IN ('annual', 'rolling12')),
    currency TEXT NOT NULL DEFAULT 'USD' CHECK (currency = 'USD'),
    description TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK (reporter_iso3 <> partner_iso3),
    CHECK ((product_scope = 'all') = (product_codes IS NULL))
);

CREATE TABLE commitments (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE CHECK (length(uuid) = 36),
    title TEXT NOT NULL CHECK (trim(title) <> ''),
    partner_iso3 TEXT NOT NULL REFERENCES countries (iso3) ON UPDATE CASCADE,
    metric_definition_id INTEGER REFERENCES metric_definitions (id) ON DELETE SET NULL,
    metric_description TEXT,
    -- Values are non-negative decimal text so that money stays exact.
    baseline_value TEXT NOT NULL CHECK (typeof(baseline_value) = 'text' AND baseline_value GLOB '[0-9]*' AND baseline_value NOT GLOB '*[^0-9.]*' AND baseline_value NOT GLOB '*.*.*' AND baseline_value NOT GLOB '*.'),
    baseline_period TEXT NOT NULL CHECK (baseline_period GLOB '[12][0-9][0-9][0-9]' OR baseline_period GLOB '[12][0-9][0-9][0-9]-Q[1-4]' OR (baseline_period GLOB '[12][0-9][0-9][0-9]-[01][0-9]' AND substr(baseline_period, 6, 2) BETWEEN '01' AND '12')),
    -- The last day of the baseline period; derived by the service, kept for the CHECK below.
    baseline_date TEXT NOT NULL CHECK (date(baseline_date, '+0 days') = baseline_date),
    target_value TEXT NOT NULL CHECK (typeof(target_value) = 'text' AND target_value GLOB '[0-9]*' AND target_value NOT GLOB '*[^0-9.]*' AND target_value NOT GLOB '*.*.*' AND target_value NOT GLOB '*.'),
    deadline TEXT NOT NULL CHECK (deadline GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]' AND date(deadline, '+0 days') = deadline),
    unit TEXT NOT NULL DEFAULT 'USD' CHECK (trim(unit) <> ''),
    direction INTEGER NOT NULL DEFAULT 1 CHECK (direction IN (1, -1)),
    source_meeting_id INTEGER REFERENCES meetings (id) ON DELETE SET NULL,
    responsible_body TEXT,
    quote TEXT,
    notes TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK (deadline > baseline_date)
);
CREATE INDEX idx_commitments_partner ON commitments (partner_iso3);
CREATE INDEX idx_commitments_meeting ON commitments (source_meeting_id);

-- A later meeting reaffirms or changes a commitment's target or deadline.
CREATE TABLE commitment_revisions (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE CHECK (length(uuid) = 36),
    commitment_id INTEGER NOT NULL REFERENCES commitments (id) ON DELETE CASCADE,
    meeting_id INTEGER REFERENCES meetings (id) ON DELETE SET NULL,
    revision_date TEXT NOT NULL CHECK (revision_date GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]' AND date(revision_date, '+0 days') = revision_date),
    kind TEXT NOT NULL CHECK (kind IN ('reaffirmed', 'changed')),
    target_value TEXT CHECK (target_value IS NULL OR (typeof(target_value) = 'text' AND target_value GLOB '[0-9]*' AND target_value NOT GLOB '*[^0-9.]*' AND target_value NOT GLOB '*.*.*' AND target_value NOT GLOB '*.')),
    deadline TEXT CHECK (deadline IS NULL OR (deadline GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]' AND date(deadline, '+0 days') = deadline)),
    note TEXT,
    quote TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK (kind = 'reaffirmed' OR target_value IS NOT NULL OR deadline IS NOT NULL)
);
CREATE INDEX idx_commitment_revisions_commitment ON commitment_revisions (commitment_id);

CREATE TABLE initiatives (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE CHECK (length(uuid) = 36),
    title TEXT NOT NULL CHECK (trim(title) <> ''),
    sector TEXT,
    partner_iso3 TEXT NOT NULL REFERENCES countries (iso3) ON UPDATE CASCADE,
    status TEXT NOT NULL DEFAULT 'proposed'
        CHECK (status IN ('proposed', 'agreed', 'in_progress', 'completed', 'stalled', 'cancelled')),
    owner TEXT,
    start_date TEXT CHECK (start_date IS NULL OR (start_date GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]' AND date(start_date, '+0 days') = start_date)),
    due_date TEXT CHECK (due_date IS NULL OR (due_date GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]' AND date(due_date, '+0 days') = due_date)),
    description TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK (start_date IS NULL OR due_date IS NULL OR due_date >= start_date)
);
CREATE INDEX idx_initiatives_partner ON initiatives (partner_iso3);

CREATE TABLE initiative_meetings (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE CHECK (length(uuid) = 36),
    initiative_id INTEGER NOT NULL REFERENCES initiatives (id) ON DELETE CASCADE,
    meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (initiative_id, meeting_id)
);
CREATE INDEX idx_initiative_meetings_meeting ON initiative_meetings (meeting_id);

CREATE TABLE initiative_commitments (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE CHECK (length(uuid) = 36),
    initiative_id INTEGER NOT NULL REFERENCES initiatives (id) ON DELETE CASCADE,
    commitment_id INTEGER NOT NULL REFERENCES commitments (id) ON DELETE CASCADE,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (initiative_id, commitment_id)
);
CREATE INDEX idx_initiative_commitments_commitment ON initiative_commitments (commitment_id);

CREATE TABLE milestones (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE CHECK (length(uuid) = 36),
    initiative_id INTEGER NOT NULL REFERENCES initiatives (id) ON DELETE CASCADE,
    title TEXT NOT NULL CHECK (trim(title) <> ''),
    due_date TEXT CHECK (due_date IS NULL OR (due_date GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]' AND date(due_date, '+0 days') = due_date)),
    done INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
    done_date TEXT CHECK (done_date IS NULL OR (done_date GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]' AND date(done_date, '+0 days') = done_date)),
    sort_order INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK (done = 1 OR done_date IS NULL)
);
CREATE INDEX idx_milestones_initiative ON milestones (initiative_id);
CREATE INDEX idx_milestones_due ON milestones (due_date);

-- Dated entries on an initiative or a commitment (exactly one of the two).
CREATE TABLE progress_notes (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE CHECK (length(uuid) = 36),
    note_date TEXT NOT NULL CHECK (note_date GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]' AND date(note_date, '+0 days') = note_date),
    initiative_id INTEGER REFERENCES initiatives (id) ON DELETE CASCADE,
    commitment_id INTEGER REFERENCES commitments (id) ON DELETE CASCADE,
    text TEXT NOT NULL CHECK (trim(text) <> ''),
    source_citation TEXT,
    source_url TEXT CHECK (source_url IS NULL OR source_url LIKE 'http://%' OR source_url LIKE 'https://%'),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK ((initiative_id IS NULL) <> (commitment_id IS NULL))
);
CREATE INDEX idx_progress_notes_initiative ON progress_notes (initiative_id);
CREATE INDEX idx_progress_notes_commitment ON progress_notes (commitment_id);

CREATE TABLE import_batches (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE CHECK (length(uuid) = 36),
    file_name TEXT NOT NULL,
    sha256 TEXT NOT NULL CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
    format TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    row_count INTEGER NOT NULL CHECK (row_count >= 0),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE trade_figures (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE CHECK (length(uuid) = 36),
    reporter_iso3 TEXT NOT NULL REFERENCES countries (iso3) ON UPDATE CASCADE,
    partner_iso3 TEXT NOT NULL REFERENCES countries (iso3) ON UPDATE CASCADE,
    period TEXT NOT NULL CHECK (period GLOB '[12][0-9][0-9][0-9]' OR period GLOB '[12][0-9][0-9][0-9]-Q[1-4]' OR (period GLOB '[12][0-9][0-9][0-9]-[01][0-9]' AND substr(period, 6, 2) BETWEEN '01' AND '12')),
    -- 'turnover' holds a published exports-plus-imports total when no split is published.
    flow TEXT NOT NULL CHECK (flow IN ('export', 'import', 'turnover', 're-export', 're-import')),
    -- Product codes are text: HS codes keep their leading zeros.
    product_code TEXT NOT NULL CHECK (product_code = 'TOTAL' OR (length(product_code) IN (2, 4, 6, 8, 10) AND product_code NOT GLOB '*[^0-9]*')),
    classification TEXT NOT NULL DEFAULT 'HS',
    -- US dollars in integer cents: exact, and summable in SQL.
    value_usd_cents INTEGER NOT NULL CHECK (typeof(value_usd_cents) = 'integer' AND value_usd_cents >= 0),
    source TEXT NOT NULL DEFAULT '',
    note TEXT,
    import_batch_id INTEGER REFERENCES import_batches (id) ON DELETE RESTRICT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK (reporter_iso3 <> partner_iso3),
    UNIQUE (reporter_iso3, partner_iso3, period, flow, product_code, source)
);
CREATE INDEX idx_trade_partner ON trade_figures (partner_iso3, reporter_iso3, flow, period);
CREATE INDEX idx_trade_period ON trade_figures (period);
CREATE INDEX idx_trade_batch ON trade_figures (import_batch_id);

-- Domain preferences shared by the GUI and the command line.
CREATE TABLE settings (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE CHECK (length(uuid) = 36),
    key TEXT NOT NULL UNIQUE CHECK (key IN ('home_country', 'default_currency')),
    value TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE CHECK (length(uuid) = 36),
    at TEXT NOT NULL,
    who TEXT NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
    table_name TEXT NOT NULL,
    record_id INTEGER NOT NULL,
    record_uuid TEXT,
    field TEXT,
    old_value TEXT,
    new_value TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX idx_audit_record ON audit_log (table_name, record_id);
