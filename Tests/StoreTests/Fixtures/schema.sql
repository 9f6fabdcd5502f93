-- index bulletin_not_on_site
CREATE INDEX bulletin_not_on_site ON bulletin (area_code, date, revision)
    WHERE site_published_at IS NULL;

-- index fetch_log_by_time
CREATE INDEX fetch_log_by_time ON fetch_log (fetched_at);

-- table bulletin
CREATE TABLE bulletin (
    id INTEGER PRIMARY KEY,
    area_code TEXT NOT NULL,
    date TEXT NOT NULL,
    revision INTEGER NOT NULL CHECK (revision >= 1),
    standard TEXT NOT NULL,
    inputs_hash TEXT NOT NULL,
    document TEXT NOT NULL,
    reason TEXT,
    operator TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    site_published_at INTEGER,
    UNIQUE (area_code, date, revision),
    CHECK (revision = 1 OR reason IS NOT NULL)
);

-- table fetch_log
CREATE TABLE fetch_log (
    id INTEGER PRIMARY KEY,
    fetched_at INTEGER NOT NULL,
    source TEXT NOT NULL,
    url TEXT NOT NULL,
    http_status INTEGER,
    error TEXT,
    bytes INTEGER NOT NULL,
    duration_ms INTEGER NOT NULL,
    readings_added INTEGER NOT NULL,
    readings_changed INTEGER NOT NULL,
    readings_unchanged INTEGER NOT NULL,
    readings_rejected INTEGER NOT NULL,
    CHECK (http_status IS NOT NULL OR error IS NOT NULL)
);

-- table grdb_migrations
CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY);

-- table import_batch
CREATE TABLE import_batch (
    id INTEGER PRIMARY KEY,
    source TEXT NOT NULL,
    fetched_at INTEGER NOT NULL
);

-- table pollutant
CREATE TABLE pollutant (
    code INTEGER PRIMARY KEY,
    label TEXT NOT NULL UNIQUE
);

-- table reading
CREATE TABLE reading (
    station_id INTEGER NOT NULL,
    hour INTEGER NOT NULL,
    pollutant INTEGER NOT NULL,
    value INTEGER,
    flag INTEGER NOT NULL,
    revision INTEGER NOT NULL,
    batch_id INTEGER NOT NULL,
    PRIMARY KEY (station_id, hour, pollutant)
) WITHOUT ROWID;

-- table reading_flag
CREATE TABLE reading_flag (
    code INTEGER PRIMARY KEY,
    flag TEXT NOT NULL UNIQUE
);

-- table reading_revision
CREATE TABLE reading_revision (
    station_id INTEGER NOT NULL,
    hour INTEGER NOT NULL,
    pollutant INTEGER NOT NULL,
    revision INTEGER NOT NULL,
    value INTEGER,
    flag INTEGER NOT NULL,
    batch_id INTEGER NOT NULL,
    PRIMARY KEY (station_id, hour, pollutant, revision)
) WITHOUT ROWID;

-- table run_log
CREATE TABLE run_log (
    id INTEGER PRIMARY KEY,
    started_at INTEGER NOT NULL,
    finished_at INTEGER,
    command TEXT NOT NULL,
    date TEXT,
    outcome TEXT CHECK (outcome IN ('succeeded', 'warnings', 'failed')),
    summary TEXT NOT NULL DEFAULT ''
);

-- table station
CREATE TABLE station (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT,
    city TEXT,
    latitude REAL,
    longitude REAL,
    role TEXT CHECK (role IN ('assessment', 'control')),
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    origin TEXT NOT NULL CHECK (origin IN ('readings', 'list', 'config'))
);

-- table station_area
CREATE TABLE station_area (
    station_id INTEGER NOT NULL REFERENCES station (id),
    area_code TEXT NOT NULL,
    PRIMARY KEY (station_id, area_code)
) WITHOUT ROWID;

-- trigger bulletin_is_never_deleted
CREATE TRIGGER bulletin_is_never_deleted BEFORE DELETE ON bulletin
BEGIN
    SELECT RAISE(ABORT, 'bulletin revisions are never deleted');
END;

-- trigger bulletin_is_never_rewritten
CREATE TRIGGER bulletin_is_never_rewritten
BEFORE UPDATE OF id, area_code, date, revision, standard, inputs_hash, document, reason, operator, created_at
ON bulletin
BEGIN
    SELECT RAISE(ABORT, 'a published bulletin revision is never rewritten: append a new revision');
END;

-- trigger reading_is_never_deleted
CREATE TRIGGER reading_is_never_deleted BEFORE DELETE ON reading
BEGIN
    SELECT RAISE(ABORT, 'readings are never deleted');
END;

-- trigger reading_keeps_revisions
CREATE TRIGGER reading_keeps_revisions BEFORE UPDATE ON reading
WHEN NEW.station_id <> OLD.station_id OR NEW.hour <> OLD.hour OR NEW.pollutant <> OLD.pollutant
    OR NEW.revision <> OLD.revision + 1
    OR NOT EXISTS (
        SELECT 1 FROM reading_revision AS r
        WHERE r.station_id = OLD.station_id AND r.hour = OLD.hour
            AND r.pollutant = OLD.pollutant AND r.revision = OLD.revision)
BEGIN
    SELECT RAISE(ABORT, 'a reading changes only by a new revision, the old one kept in reading_revision');
END;

-- trigger reading_revision_is_never_changed
CREATE TRIGGER reading_revision_is_never_changed BEFORE UPDATE ON reading_revision
BEGIN
    SELECT RAISE(ABORT, 'superseded readings are never changed');
END;

-- trigger reading_revision_is_never_deleted
CREATE TRIGGER reading_revision_is_never_deleted BEFORE DELETE ON reading_revision
BEGIN
    SELECT RAISE(ABORT, 'superseded readings are never deleted');
END;
