import Store

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
                StationHourSchema.keepsRevisions)
            + refuse("DELETE", on: "station_hour", trigger: "station_hour_is_never_deleted", StationHourSchema.neverDeleted)
            + refuse(
                "UPDATE", on: "station_hour_revision", trigger: "station_hour_revision_is_never_changed",
                StationHourSchema.supersededNeverChanged)
            + refuse(
                "DELETE", on: "station_hour_revision", trigger: "station_hour_revision_is_never_deleted",
                StationHourSchema.supersededNeverDeleted)
            + """

            \(StationHourSchema.readingNow)
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
