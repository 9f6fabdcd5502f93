extension Migration {
    /// Hourly readings, append-only with revisions. `reading` holds the current revision of
    /// each (station, hour, pollutant); a value or flag that comes back different moves the
    /// old row into `reading_revision` and replaces it. Keys are integers in the order the
    /// report and the exporter read them, so a station's hours are one range scan.
    ///
    /// The two reading tables carry no REFERENCES clauses: the importer assigns every id in the
    /// same transaction, and four parent lookups per inserted row would slow the hot path.
    static let readings = Migration(
        id: "2026-11-28-2-readings",
        sql: """
            -- Stable codes, so that the database explains itself in the sqlite3 shell.
            CREATE TABLE pollutant (
                code INTEGER PRIMARY KEY,
                label TEXT NOT NULL UNIQUE
            );
            INSERT INTO pollutant (code, label) VALUES
                (0, 'SO2'), (1, 'NO2'), (2, 'CO'), (3, 'O3'), (4, 'PM10'), (5, 'PM2.5');

            -- HJ 212-2017 data flags, then the quality-control marks set at ingest.
            CREATE TABLE reading_flag (
                code INTEGER PRIMARY KEY,
                flag TEXT NOT NULL UNIQUE
            );
            INSERT INTO reading_flag (code, flag) VALUES
                (0, 'N'), (1, 'F'), (2, 'M'), (3, 'S'), (4, 'D'), (5, 'C'), (6, 'T'), (7, 'B'),
                (8, 'QC-IMPOSSIBLE'), (9, 'QC-SENTINEL'), (10, 'QC-PM25>PM10'), (11, 'QC-STUCK');

            -- One row per import that stored something: where the values came from and when.
            CREATE TABLE import_batch (
                id INTEGER PRIMARY KEY,
                source TEXT NOT NULL,
                fetched_at INTEGER NOT NULL
            );

            -- value: thousandths of the unit (Concentration.milli), NULL for a flag without a value.
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

            -- Append-only, enforced by the database itself: a current reading changes only after
            -- its old revision was kept, and nothing is ever deleted.
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
            CREATE TRIGGER reading_is_never_deleted BEFORE DELETE ON reading
            BEGIN
                SELECT RAISE(ABORT, 'readings are never deleted');
            END;
            CREATE TRIGGER reading_revision_is_never_changed BEFORE UPDATE ON reading_revision
            BEGIN
                SELECT RAISE(ABORT, 'superseded readings are never changed');
            END;
            CREATE TRIGGER reading_revision_is_never_deleted BEFORE DELETE ON reading_revision
            BEGIN
                SELECT RAISE(ABORT, 'superseded readings are never deleted');
            END;
            """)
}
