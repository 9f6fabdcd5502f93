import GRDB

/// Moves the rows of the per-pollutant tables `reading` and `reading_revision` into
/// `station_hour` and `station_hour_revision` (migration `2026-12-07-1-station-hours`), inside
/// the migration's transaction, keeping every revision with its import batch.
///
/// A station-hour's revisions are rebuilt in import order: its per-pollutant revisions sorted by
/// import batch, then by revision; each batch starts a new row revision, and so does a pollutant
/// already changed in the row being built (one import that changed a value twice). Every row
/// carries forward the readings before it, so `PollutantHistory` gives back exactly the
/// per-pollutant revisions, numbers, batches and values the old tables held.
enum StationHourConversion {
    private struct Old {
        var pollutant: Int
        var revision: Int64
        var value: Int64?
        var flag: Int64
        var batch: Int64
    }

    @Sendable static func run(_ db: Database, progress: MigrationProgress?) throws {
        let id = Migration.stationHours.id
        let total = try Int.fetchOne(
            db, sql: "SELECT (SELECT count(*) FROM reading) + (SELECT count(*) FROM reading_revision)") ?? 0
        guard total > 0 else { return }
        try progress.report(id, 0, total)
        let select = try RawStatement(
            db,
            sql: """
                SELECT station_id, hour, pollutant, revision, value, flag, batch_id FROM reading
                UNION ALL
                SELECT station_id, hour, pollutant, revision, value, flag, batch_id FROM reading_revision
                ORDER BY 1, 2, 7, 4, 3
                """)
        let insertCurrent = try RawStatement(
            db,
            sql: "INSERT INTO station_hour (\(StationHourColumns.all)) VALUES \(StationHourColumns.placeholders(from: 1))"
        )
        let insertRevision = try RawStatement(
            db,
            sql: "INSERT INTO station_hour_revision (\(StationHourColumns.all)) VALUES "
                + StationHourColumns.placeholders(from: 1))
        var done = 0
        var key: (station: Int64, hour: Int64)?
        var events: [Old] = []
        func flush() throws {
            guard let key else { return }
            let rows = Self.rows(station: key.station, hour: key.hour, events)
            for row in rows.dropLast() { try insertRevision.bind(row).execute() }
            try insertCurrent.bind(rows.last!).execute()
            let before = done
            done += events.count
            if done / 100_000 > before / 100_000 { try progress.report(id, done, total) }
        }
        try select.forEachRow { r in
            let (station, hour) = (r.int64(0), r.int64(1))
            if key.map({ $0.station != station || $0.hour != hour }) ?? true {
                try flush()
                key = (station, hour)
                events.removeAll(keepingCapacity: true)
            }
            events.append(
                Old(pollutant: Int(r.int64(2)), revision: r.int64(3), value: r.optionalInt64(4), flag: r.int64(5),
                    batch: r.int64(6)))
        }
        try flush()
        try progress.report(id, total, total)
    }

    /// The row revisions of one station-hour from its per-pollutant revisions, which come
    /// sorted by batch, then revision.
    private static func rows(station: Int64, hour: Int64, _ events: [Old]) -> [StationHourRow] {
        var rows: [StationHourRow] = []
        var row = StationHourRow(station: station, hour: hour, revision: 0, batch: -1)
        var changed = SIMD8<Int8>(repeating: 0)
        for event in events {
            if event.batch != row.batch || changed[event.pollutant] != 0 {
                if row.revision > 0 { rows.append(row) }
                row.revision += 1
                row.batch = event.batch
                changed = SIMD8(repeating: 0)
            }
            row.set(event.pollutant, value: event.value, flag: event.flag)
            changed[event.pollutant] = 1
        }
        rows.append(row)
        return rows
    }
}

extension RawStatement {
    /// Binds every column of `row`, in `StationHourColumns.all` order, from parameter 1.
    func bind(_ row: StationHourRow) -> RawStatement {
        bind(row.station, at: 1)
        bind(row.hour, at: 2)
        bind(row.revision, at: 3)
        bind(row.batch, at: 4)
        for p in 0..<6 {
            bind(row.value(p), at: Int32(5 + 2 * p))
            bind(row.flag(p), at: Int32(6 + 2 * p))
        }
        return self
    }
}
