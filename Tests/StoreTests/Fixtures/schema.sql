-- index bulletin_not_on_site
CREATE INDEX bulletin_not_on_site ON bulletin (area_code, date, revision)
    WHERE site_published_at IS NULL;

-- index fetch_log_by_time
CREATE INDEX fetch_log_by_time ON fetch_log (fetched_at);

-- index notice_is_withdrawn_once
CREATE UNIQUE INDEX notice_is_withdrawn_once ON notice_event (organisation, year, serial)
    WHERE kind = 'withdrawn';

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

-- table disclosure_request
CREATE TABLE disclosure_request (
    id TEXT NOT NULL,
    revision INTEGER NOT NULL CHECK (revision >= 1),
    applicant TEXT NOT NULL CHECK (applicant IN (
        'natural-person', 'commercial-enterprise', 'research-institution', 'public-interest-organisation',
        'legal-service-organisation', 'other-organisation'
    )),
    subject TEXT NOT NULL,
    received_on TEXT NOT NULL,
    correction_sent_on TEXT,
    correction_received_on TEXT,
    consultation_sent_on TEXT,
    consultation_replied_on TEXT,
    extended_on TEXT,
    extension_days INTEGER,
    answered_on TEXT,
    -- The row of table 三: 1, 2, 3.1 … 6.3.
    outcome TEXT,
    PRIMARY KEY (id, revision)
) WITHOUT ROWID;

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
    readings_rejected INTEGER NOT NULL, attempt INTEGER NOT NULL DEFAULT 1 CHECK (attempt >= 1), waited_ms INTEGER CHECK (waited_ms >= 0),
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

-- table index_number
CREATE TABLE index_number (
    organisation TEXT NOT NULL,
    year INTEGER NOT NULL CHECK (year BETWEEN 1000 AND 9999),
    serial INTEGER NOT NULL CHECK (serial BETWEEN 1 AND 99999),
    -- 'notice': a row of notice has it; 'item': issued for something published elsewhere.
    purpose TEXT NOT NULL CHECK (purpose IN ('notice', 'item')),
    PRIMARY KEY (organisation, year, serial)
) WITHOUT ROWID;

-- table notice
CREATE TABLE notice (
    organisation TEXT NOT NULL,
    year INTEGER NOT NULL,
    serial INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN (
        'eia-approval', 'completion-acceptance', 'key-enterprise', 'penalty', 'enforcement', 'news', 'other'
    )),
    title TEXT NOT NULL,
    issuer TEXT NOT NULL,
    published_at INTEGER NOT NULL,
    -- The publication date in China Standard Time; the 索引号 carries its year.
    published_on TEXT NOT NULL CHECK (year = CAST(substr(published_on, 1, 4) AS INTEGER)),
    PRIMARY KEY (organisation, year, serial),
    FOREIGN KEY (organisation, year, serial) REFERENCES index_number (organisation, year, serial)
) WITHOUT ROWID;

-- table notice_event
CREATE TABLE notice_event (
    organisation TEXT NOT NULL,
    year INTEGER NOT NULL,
    serial INTEGER NOT NULL,
    sequence INTEGER NOT NULL CHECK (sequence >= 1),
    kind TEXT NOT NULL CHECK (kind IN ('withdrawn')),
    reason TEXT NOT NULL,
    happened_at INTEGER NOT NULL,
    happened_on TEXT NOT NULL,
    -- 行政处罚法 Art. 48: the day a penalty decision was changed or revoked.
    decision_changed_on TEXT,
    PRIMARY KEY (organisation, year, serial, sequence),
    FOREIGN KEY (organisation, year, serial) REFERENCES notice (organisation, year, serial)
) WITHOUT ROWID;

-- table notice_field
CREATE TABLE notice_field (
    organisation TEXT NOT NULL,
    year INTEGER NOT NULL,
    serial INTEGER NOT NULL,
    key TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (organisation, year, serial, key),
    FOREIGN KEY (organisation, year, serial) REFERENCES notice (organisation, year, serial)
) WITHOUT ROWID;

-- table pollutant
CREATE TABLE pollutant (
    code INTEGER PRIMARY KEY,
    label TEXT NOT NULL UNIQUE
);

-- table reading_flag
CREATE TABLE reading_flag (
    code INTEGER PRIMARY KEY,
    flag TEXT NOT NULL UNIQUE
);

-- table review_case
CREATE TABLE review_case (
    id TEXT NOT NULL,
    revision INTEGER NOT NULL CHECK (revision >= 1),
    case_type TEXT NOT NULL CHECK (case_type IN (
        'reconsideration', 'litigation-direct', 'litigation-after-reconsideration'
    )),
    filed_on TEXT NOT NULL,
    decided_on TEXT,
    outcome TEXT CHECK (outcome IN ('upheld', 'corrected', 'other')),
    request_id TEXT,
    subject TEXT,
    PRIMARY KEY (id, revision)
) WITHOUT ROWID;

-- table run_log
CREATE TABLE "run_log" (
    id INTEGER PRIMARY KEY,
    started_at INTEGER NOT NULL,
    finished_at INTEGER,
    command TEXT NOT NULL,
    date TEXT,
    outcome TEXT CHECK (outcome IN ('succeeded', 'warnings', 'failed', 'interrupted')),
    summary TEXT NOT NULL DEFAULT ''
);

-- table site_document
CREATE TABLE site_document (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL,
    revision INTEGER NOT NULL CHECK (revision >= 1),
    content BLOB NOT NULL,
    created_at INTEGER NOT NULL,
    UNIQUE (path, revision)
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

-- table station_hour
CREATE TABLE station_hour (
    station_id INTEGER NOT NULL,
    hour INTEGER NOT NULL,
    revision INTEGER NOT NULL,
    batch_id INTEGER NOT NULL,
    so2 INTEGER, so2_flag INTEGER,
    no2 INTEGER, no2_flag INTEGER,
    co INTEGER, co_flag INTEGER,
    o3 INTEGER, o3_flag INTEGER,
    pm10 INTEGER, pm10_flag INTEGER,
    pm2_5 INTEGER, pm2_5_flag INTEGER,
    PRIMARY KEY (station_id, hour)
) WITHOUT ROWID;

-- table station_hour_revision
CREATE TABLE station_hour_revision (
    station_id INTEGER NOT NULL,
    hour INTEGER NOT NULL,
    revision INTEGER NOT NULL,
    batch_id INTEGER NOT NULL,
    so2 INTEGER, so2_flag INTEGER,
    no2 INTEGER, no2_flag INTEGER,
    co INTEGER, co_flag INTEGER,
    o3 INTEGER, o3_flag INTEGER,
    pm10 INTEGER, pm10_flag INTEGER,
    pm2_5 INTEGER, pm2_5_flag INTEGER,
    PRIMARY KEY (station_id, hour, revision)
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

-- trigger disclosure_request_is_never_deleted
CREATE TRIGGER disclosure_request_is_never_deleted BEFORE DELETE ON disclosure_request
BEGIN
    SELECT RAISE(ABORT, 'register entries are never deleted');
END;

-- trigger disclosure_request_is_never_rewritten
CREATE TRIGGER disclosure_request_is_never_rewritten BEFORE UPDATE ON disclosure_request
BEGIN
    SELECT RAISE(ABORT, 'a register revision is never rewritten: enter the request again');
END;

-- trigger disclosure_request_revisions_are_appended
CREATE TRIGGER disclosure_request_revisions_are_appended BEFORE INSERT ON disclosure_request
WHEN NEW.revision <> 1 + COALESCE((SELECT max(revision) FROM disclosure_request WHERE id = NEW.id), 0)
BEGIN
    SELECT RAISE(ABORT, 'a request changes only by its next revision');
END;

-- trigger index_number_is_issued_in_order
CREATE TRIGGER index_number_is_issued_in_order BEFORE INSERT ON index_number
WHEN NEW.serial <> 1 + COALESCE((SELECT max(serial) FROM index_number
    WHERE organisation = NEW.organisation AND year = NEW.year), 0)
BEGIN
    SELECT RAISE(ABORT, 'index numbers are issued in order, each once: the next serial is one past the largest');
END;

-- trigger index_number_is_never_changed
CREATE TRIGGER index_number_is_never_changed BEFORE UPDATE ON index_number
BEGIN
    SELECT RAISE(ABORT, 'an issued index number is never changed');
END;

-- trigger index_number_is_never_deleted
CREATE TRIGGER index_number_is_never_deleted BEFORE DELETE ON index_number
BEGIN
    SELECT RAISE(ABORT, 'an issued index number is never deleted, so it is never issued again');
END;

-- trigger notice_event_is_never_deleted
CREATE TRIGGER notice_event_is_never_deleted BEFORE DELETE ON notice_event
BEGIN
    SELECT RAISE(ABORT, 'what happened to a notice is never deleted');
END;

-- trigger notice_event_is_never_rewritten
CREATE TRIGGER notice_event_is_never_rewritten BEFORE UPDATE ON notice_event
BEGIN
    SELECT RAISE(ABORT, 'what happened to a notice is never rewritten');
END;

-- trigger notice_field_is_never_deleted
CREATE TRIGGER notice_field_is_never_deleted BEFORE DELETE ON notice_field
BEGIN
    SELECT RAISE(ABORT, 'a published notice is never deleted: withdraw it');
END;

-- trigger notice_field_is_never_rewritten
CREATE TRIGGER notice_field_is_never_rewritten BEFORE UPDATE ON notice_field
BEGIN
    SELECT RAISE(ABORT, 'a published notice is never rewritten: withdraw it and publish a new one');
END;

-- trigger notice_is_never_deleted
CREATE TRIGGER notice_is_never_deleted BEFORE DELETE ON notice
BEGIN
    SELECT RAISE(ABORT, 'a published notice is never deleted: withdraw it');
END;

-- trigger notice_is_never_rewritten
CREATE TRIGGER notice_is_never_rewritten BEFORE UPDATE ON notice
BEGIN
    SELECT RAISE(ABORT, 'a published notice is never rewritten: withdraw it and publish a new one');
END;

-- trigger review_case_is_never_deleted
CREATE TRIGGER review_case_is_never_deleted BEFORE DELETE ON review_case
BEGIN
    SELECT RAISE(ABORT, 'register entries are never deleted');
END;

-- trigger review_case_is_never_rewritten
CREATE TRIGGER review_case_is_never_rewritten BEFORE UPDATE ON review_case
BEGIN
    SELECT RAISE(ABORT, 'a register revision is never rewritten: enter the case again');
END;

-- trigger review_case_revisions_are_appended
CREATE TRIGGER review_case_revisions_are_appended BEFORE INSERT ON review_case
WHEN NEW.revision <> 1 + COALESCE((SELECT max(revision) FROM review_case WHERE id = NEW.id), 0)
BEGIN
    SELECT RAISE(ABORT, 'a case changes only by its next revision');
END;

-- trigger site_document_is_never_deleted
CREATE TRIGGER site_document_is_never_deleted BEFORE DELETE ON site_document
BEGIN
    SELECT RAISE(ABORT, 'site document revisions are never deleted');
END;

-- trigger site_document_is_never_rewritten
CREATE TRIGGER site_document_is_never_rewritten BEFORE UPDATE ON site_document
BEGIN
    SELECT RAISE(ABORT, 'a stored site document revision is never rewritten: append a new revision');
END;

-- trigger station_hour_is_never_deleted
CREATE TRIGGER station_hour_is_never_deleted BEFORE DELETE ON station_hour
BEGIN
    SELECT RAISE(ABORT, 'readings are never deleted');
END;

-- trigger station_hour_keeps_revisions
CREATE TRIGGER station_hour_keeps_revisions BEFORE UPDATE ON station_hour
WHEN NEW.station_id <> OLD.station_id OR NEW.hour <> OLD.hour
    OR NEW.revision <> OLD.revision + 1
    OR NOT EXISTS (
        SELECT 1 FROM station_hour_revision AS r
        WHERE r.station_id = OLD.station_id AND r.hour = OLD.hour AND r.revision = OLD.revision)
BEGIN
    SELECT RAISE(ABORT, 'a station-hour changes only by a new revision, the old one kept in station_hour_revision');
END;

-- trigger station_hour_revision_is_never_changed
CREATE TRIGGER station_hour_revision_is_never_changed BEFORE UPDATE ON station_hour_revision
BEGIN
    SELECT RAISE(ABORT, 'superseded readings are never changed');
END;

-- trigger station_hour_revision_is_never_deleted
CREATE TRIGGER station_hour_revision_is_never_deleted BEFORE DELETE ON station_hour_revision
BEGIN
    SELECT RAISE(ABORT, 'superseded readings are never deleted');
END;

-- view reading_now
CREATE VIEW reading_now AS
    SELECT s.code AS station, h.hour, 'SO2' AS pollutant, h.so2 AS value, f.flag FROM station_hour h
        JOIN station s ON s.id = h.station_id JOIN reading_flag f ON f.code = h.so2_flag
    UNION ALL SELECT s.code, h.hour, 'NO2', h.no2, f.flag FROM station_hour h
        JOIN station s ON s.id = h.station_id JOIN reading_flag f ON f.code = h.no2_flag
    UNION ALL SELECT s.code, h.hour, 'CO', h.co, f.flag FROM station_hour h
        JOIN station s ON s.id = h.station_id JOIN reading_flag f ON f.code = h.co_flag
    UNION ALL SELECT s.code, h.hour, 'O3', h.o3, f.flag FROM station_hour h
        JOIN station s ON s.id = h.station_id JOIN reading_flag f ON f.code = h.o3_flag
    UNION ALL SELECT s.code, h.hour, 'PM10', h.pm10, f.flag FROM station_hour h
        JOIN station s ON s.id = h.station_id JOIN reading_flag f ON f.code = h.pm10_flag
    UNION ALL SELECT s.code, h.hour, 'PM2.5', h.pm2_5, f.flag FROM station_hour h
        JOIN station s ON s.id = h.station_id JOIN reading_flag f ON f.code = h.pm2_5_flag;
