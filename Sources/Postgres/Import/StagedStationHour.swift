import Store

/// One row of the import's staging table: a station-hour revision and where the merge puts it.
struct StagedStationHour {
    /// What the row becomes in `station_hour`.
    enum Current: Int16 {
        /// Nothing: a row that only goes to `station_hour_revision`.
        case none = 0
        /// Inserted: the last revision of a station-hour not stored before.
        case insert = 1
        /// The next revision of a stored station-hour, applied by one UPDATE pass.
        case update = 2
    }

    var row: StationHourRow
    /// Kept in `station_hour_revision`: the stored row a revision supersedes, or a revision this
    /// same import superseded (a pollutant repeated with another reading).
    var superseded: Bool
    var current: Current

    /// The staging table's columns, in the order `write(to:)` sends them.
    static let columns =
        "station_id, hour, revision, batch_id, so2, so2_flag, no2, no2_flag, co, co_flag, o3, o3_flag, "
        + "pm10, pm10_flag, pm2_5, pm2_5_flag"

    static let createTable = """
        CREATE TEMPORARY TABLE IF NOT EXISTS staged_station_hour (
            station_id integer NOT NULL, hour integer NOT NULL, revision integer NOT NULL, batch_id bigint NOT NULL,
            so2 integer, so2_flag smallint, no2 integer, no2_flag smallint, co integer, co_flag smallint,
            o3 integer, o3_flag smallint, pm10 integer, pm10_flag smallint, pm2_5 integer, pm2_5_flag smallint,
            superseded boolean NOT NULL, current smallint NOT NULL
        ) ON COMMIT DROP
        """

    static let copy = "COPY staged_station_hour (\(columns), superseded, current) FROM STDIN (FORMAT binary)"

    /// Sends the row, with `batch` for the revisions of this import.
    func write(to writer: inout BinaryCopyWriter) throws {
        try writer.beginRow(fields: 18)
        writer.integer(Int32(truncatingIfNeeded: row.station))
        writer.integer(Int32(truncatingIfNeeded: row.hour))
        writer.integer(Int32(truncatingIfNeeded: row.revision))
        writer.bigint(row.batch)
        for lane in 0..<6 {
            writer.integer(row.value(lane).map { Int32(truncatingIfNeeded: $0) })
            writer.smallint(row.flag(lane).map { Int16(truncatingIfNeeded: $0) })
        }
        writer.boolean(superseded)
        writer.smallint(current.rawValue)
    }
}
