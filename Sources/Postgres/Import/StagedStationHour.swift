import Store

/// One row the merge stages: a station-hour revision and where it goes (`Table`).
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

    /// The tables a staged row goes to, each by a COPY of its own.
    enum Table: CaseIterable {
        /// `station_hour_revision`: a superseded row.
        case revisions
        /// `station_hour`: a new station-hour.
        case stationHours
        /// `staged_station_hour`: the next revision of a stored station-hour, for an UPDATE pass.
        case staging

        func holds(_ staged: StagedStationHour) -> Bool {
            switch self {
            case .revisions: staged.superseded
            case .stationHours: staged.current == .insert
            case .staging: staged.current == .update
            }
        }

        var copy: String {
            let name =
                switch self {
                case .revisions: "station_hour_revision"
                case .stationHours: "station_hour"
                case .staging: "staged_station_hour"
                }
            return "COPY \(name) (\(StagedStationHour.columns)) FROM STDIN (FORMAT binary)"
        }
    }

    /// The columns of the three tables, in the order `write(to:)` sends them.
    static let columns =
        "station_id, hour, revision, batch_id, so2, so2_flag, no2, no2_flag, co, co_flag, o3, o3_flag, "
        + "pm10, pm10_flag, pm2_5, pm2_5_flag"

    /// Made by the first import of a transaction that updates stored station-hours, emptied by
    /// each next one.
    static let createTable = """
        CREATE TEMPORARY TABLE IF NOT EXISTS staged_station_hour (
            station_id integer NOT NULL, hour integer NOT NULL, revision integer NOT NULL, batch_id bigint NOT NULL,
            so2 integer, so2_flag smallint, no2 integer, no2_flag smallint, co integer, co_flag smallint,
            o3 integer, o3_flag smallint, pm10 integer, pm10_flag smallint, pm2_5 integer, pm2_5_flag smallint
        ) ON COMMIT DROP;
        TRUNCATE staged_station_hour
        """

    /// Sends the row, with `batch` for the revisions of this import.
    func write(to writer: inout BinaryCopyWriter) throws {
        try writer.beginRow(fields: 16)
        writer.integer(Int32(truncatingIfNeeded: row.station))
        writer.integer(Int32(truncatingIfNeeded: row.hour))
        writer.integer(Int32(truncatingIfNeeded: row.revision))
        writer.bigint(row.batch)
        for lane in 0..<6 {
            writer.integer(row.value(lane).map { Int32(truncatingIfNeeded: $0) })
            writer.smallint(row.flag(lane).map { Int16(truncatingIfNeeded: $0) })
        }
    }
}
