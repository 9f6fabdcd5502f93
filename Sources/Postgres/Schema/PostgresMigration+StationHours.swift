extension PostgresMigration {
    /// `2026-12-07-1-station-hours` (Store: Migration+StationHours.swift): one row per
    /// station-hour, its six 1-h values (thousandths of the unit, NULL for a flag without a
    /// value) and flags (`reading_flag` codes, NULL for no reading of the pollutant), every
    /// revision kept whole in `station_hour_revision`; and the view `reading_now`. Nothing to
    /// convert: no PostgreSQL database held the per-pollutant tables (`readings`).
    static let stationHours = PostgresMigration(
        id: "2026-12-07-1-station-hours",
        sql: """
            CREATE TABLE station_hour (\(rowColumns)
                PRIMARY KEY (station_id, hour)
            );

            CREATE TABLE station_hour_revision (\(rowColumns)
                PRIMARY KEY (station_id, hour, revision)
            );

            -- Append-only, enforced by the database itself: a station-hour changes only after its
            -- old revision was kept, and nothing is ever deleted.

            """
            + refuse(
                "UPDATE", on: "station_hour", trigger: "station_hour_keeps_revisions",
                when: """
                    NEW.station_id <> OLD.station_id OR NEW.hour <> OLD.hour
                            OR NEW.revision <> OLD.revision + 1
                            OR NOT EXISTS (
                                SELECT 1 FROM station_hour_revision AS r
                                WHERE r.station_id = OLD.station_id AND r.hour = OLD.hour AND r.revision = OLD.revision)
                    """,
                "a station-hour changes only by a new revision, the old one kept in station_hour_revision")
            + refuse("DELETE", on: "station_hour", trigger: "station_hour_is_never_deleted", "readings are never deleted")
            + refuse(
                "UPDATE", on: "station_hour_revision", trigger: "station_hour_revision_is_never_changed",
                "superseded readings are never changed")
            + refuse(
                "DELETE", on: "station_hour_revision", trigger: "station_hour_revision_is_never_deleted",
                "superseded readings are never deleted")
            + """

            -- The readings one per row, as the psql user thinks of them (current revisions).
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
            """)

    /// The columns both tables share, in the order the importer's COPY writes them.
    private static let rowColumns = """

            station_id integer NOT NULL,
            hour integer NOT NULL,
            revision integer NOT NULL,
            batch_id bigint NOT NULL,
            so2 integer, so2_flag smallint,
            no2 integer, no2_flag smallint,
            co integer, co_flag smallint,
            o3 integer, o3_flag smallint,
            pm10 integer, pm10_flag smallint,
            pm2_5 integer, pm2_5_flag smallint,
        """
}
