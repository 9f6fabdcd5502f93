import AQI
import GRDB

extension Store {
    /// The value in force for each key of `stations` over `hours` (what the daily report
    /// needs), by station code, hour and pollutant. Unknown stations have no readings.
    public func currentReadings(stations: [StationCode], hours: ClosedRange<HourStamp>) throws(StoreError) -> [Reading]
    {
        var readings: [Reading] = []
        try StoreError.wrapping {
            try writer.read { db in
                try ReadingScan(db: db).runCurrent(stations: stations, hours: hours) { hour in
                    readings += hour.readings
                }
            }
        }
        return readings
    }

    /// Every revision stored for one station over `hours`, superseded ones included, by hour,
    /// pollutant and revision, each with its fetch time and source.
    public func readingRevisions(station: StationCode, hours: ClosedRange<HourStamp>) throws(StoreError)
        -> [StoredReading]
    {
        var revisions: [StoredReading] = []
        try StoreError.wrapping {
            try writer.read { db in
                try ReadingScan(db: db).run(stations: [station], hours: hours, revisions: .all) {
                    revisions.append($0)
                }
            }
        }
        return revisions
    }

    /// Streams stored readings to `body` by station code, hour, pollutant and revision, in
    /// constant memory (the exporter's path), from one consistent snapshot of the database.
    ///
    /// - Parameter stations: nil for every station.
    /// - Throws: a `StoreError`, or what `body` threw (which stops the walk).
    public func forEachReading(
        stations: [StationCode]? = nil, hours: ClosedRange<HourStamp>, revisions: RevisionSelection = .current,
        _ body: (StoredReading) throws -> Void
    ) throws {
        try walk(body) { db, forward in
            try ReadingScan(db: db).run(stations: stations, hours: hours, revisions: revisions, forward)
        }
    }

    /// Streams the current readings to `body` by station code, hour and pollutant, without their
    /// revision and source (the station-hour export's path), from one consistent snapshot.
    ///
    /// - Parameter stations: nil for every station.
    /// - Throws: a `StoreError`, or what `body` threw (which stops the walk).
    public func forEachCurrentReading(
        stations: [StationCode]? = nil, hours: ClosedRange<HourStamp>, _ body: (Reading) throws -> Void
    ) throws {
        try forEachCurrentStationHour(stations: stations, hours: hours) { hour in
            for reading in hour.readings { try body(reading) }
        }
    }

    /// Streams the current station-hours to `body` by station code and hour, each with its six
    /// readings (the station-hour export's path), from one consistent snapshot.
    ///
    /// - Parameter stations: nil for every station.
    /// - Throws: a `StoreError`, or what `body` threw (which stops the walk).
    public func forEachCurrentStationHour(
        stations: [StationCode]? = nil, hours: ClosedRange<HourStamp>, _ body: (CurrentStationHour) throws -> Void
    ) throws {
        try walk(body) { db, forward in
            try ReadingScan(db: db).runCurrent(stations: stations, hours: hours, forward)
        }
    }

    /// Runs `scan` in one read transaction, handing each item to `body` through `forward`: an
    /// error `body` threw comes out as thrown, any other as a `StoreError`.
    private func walk<Item>(
        _ body: (Item) throws -> Void, _ scan: (Database, (Item) throws -> Void) throws -> Void
    ) throws {
        var bodyError: (any Error)?
        do {
            // Both closures run only during this call (inside the read): none escapes.
            try withoutActuallyEscaping(body) { body in
                try withoutActuallyEscaping(scan) { scan in
                    try writer.read { db in
                        try scan(db) { item in
                            do {
                                try body(item)
                            } catch {
                                bodyError = error
                                throw error
                            }
                        }
                    }
                }
            }
        } catch {
            if let bodyError { throw bodyError }
            throw StoreError(error)
        }
    }

    /// How many keys have a value, and how many per-pollutant revisions are stored in all.
    public func readingCounts() throws(StoreError) -> ReadingCounts {
        try StoreError.wrapping {
            try writer.read { db in
                let current = try Int.fetchOne(
                    db,
                    sql: "SELECT coalesce(sum("
                        + StationHourColumns.lanes.map { "(\($0)_flag IS NOT NULL)" }.joined(separator: " + ") + "), 0) FROM station_hour")!
                var revisions = 0
                try ReadingScan(db: db).run(stations: nil, hours: StationGroups.hours, revisions: .all) { _ in
                    revisions += 1
                }
                return ReadingCounts(readings: current, revisions: revisions)
            }
        }
    }
}
