extension Migration {
    /// One row per station-hour (issue 13): the six 1-h values and their flags in one row, every
    /// revision of the row kept. Replaces `reading` and `reading_revision` (one row per pollutant,
    /// six per station-hour), whose rows it converts in the same transaction
    /// (`StationHourConversion`) before dropping them: a crash mid-way leaves the old schema.
    ///
    /// A value: thousandths of the unit (`Concentration.milli`), NULL for a flag without a value.
    /// A flag: a `reading_flag` code, NULL when the station-hour holds no reading of the
    /// pollutant. A change of any value or flag is the next revision of the station-hour; the
    /// row before it moves, whole, to `station_hour_revision` with its own import batch.
    static let stationHours = Migration(
        id: "2026-12-07-1-station-hours",
        sql: """
            CREATE TABLE station_hour (\(rowColumns)
                PRIMARY KEY (station_id, hour)
            ) WITHOUT ROWID;

            CREATE TABLE station_hour_revision (\(rowColumns)
                PRIMARY KEY (station_id, hour, revision)
            ) WITHOUT ROWID;
            """,
        convert: StationHourConversion.run,
        after: """
            DROP TABLE reading;
            DROP TABLE reading_revision;

            -- Append-only, enforced by the database itself: a station-hour changes only after its
            -- old revision was kept, and nothing is ever deleted.
            CREATE TRIGGER station_hour_keeps_revisions BEFORE UPDATE ON station_hour
            WHEN NEW.station_id <> OLD.station_id OR NEW.hour <> OLD.hour
                OR NEW.revision <> OLD.revision + 1
                OR NOT EXISTS (
                    SELECT 1 FROM station_hour_revision AS r
                    WHERE r.station_id = OLD.station_id AND r.hour = OLD.hour AND r.revision = OLD.revision)
            BEGIN
                SELECT RAISE(ABORT, '\(StationHourSchema.keepsRevisions)');
            END;
            CREATE TRIGGER station_hour_is_never_deleted BEFORE DELETE ON station_hour
            BEGIN
                SELECT RAISE(ABORT, '\(StationHourSchema.neverDeleted)');
            END;
            CREATE TRIGGER station_hour_revision_is_never_changed BEFORE UPDATE ON station_hour_revision
            BEGIN
                SELECT RAISE(ABORT, '\(StationHourSchema.supersededNeverChanged)');
            END;
            CREATE TRIGGER station_hour_revision_is_never_deleted BEFORE DELETE ON station_hour_revision
            BEGIN
                SELECT RAISE(ABORT, '\(StationHourSchema.supersededNeverDeleted)');
            END;

            -- The readings one per row, as the sqlite3 shell user thinks of them (current revisions).
            \(StationHourSchema.readingNow)
            """)

    /// The columns both tables share: the current row and every superseded one look alike.
    private static let rowColumns = """

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
        """
}

/// What the PostgreSQL schema takes word for word from this one: the append-only rules'
/// messages over the station-hour tables and the view `reading_now`.
package enum StationHourSchema {
    /// The readings one per row, as a user of the database's shell thinks of them (current
    /// revisions); the PostgreSQL schema creates the same view.
    package static let readingNow = """
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
        """

    package static let keepsRevisions =
        "a station-hour changes only by a new revision, the old one kept in station_hour_revision"
    package static let neverDeleted = "readings are never deleted"
    package static let supersededNeverChanged = "superseded readings are never changed"
    package static let supersededNeverDeleted = "superseded readings are never deleted"
}
