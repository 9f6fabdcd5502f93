import AQI
import GRDB

/// One import's work inside its transaction: readings grouped by station and sorted by key,
/// gathered into station-hours and diffed in memory against the station's stored rows over the
/// same hours (one range query per station), then written in key order with prepared statements.
///
/// The result is the same as importing the readings one at a time in the order given: a
/// reading identical to the stored one changes nothing; otherwise its station-hour gets a new
/// revision holding it (the row before kept whole in `station_hour_revision`), revision 1 for a
/// station-hour not stored yet. The readings of one station-hour in one import make one
/// revision, unless a pollutant comes twice with different readings: the first then makes a
/// revision of its own, so that no value an import stored is lost.
struct ReadingImporter {
    let db: Database
    let source: String
    let fetchedAt: Int
    let checkpoint: ImportCheckpoint?

    private(set) var counts = ImportCounts()
    private var batchID: Int64?
    private var rowsWritten = 0
    /// New station-hours not yet inserted: they go in by `StationHourStatements.rowsPerInsert`.
    private var pending: [StationHourRow] = []

    init(db: Database, source: String, fetchedAt: Int, checkpoint: ImportCheckpoint?) {
        self.db = db
        self.source = source
        self.fetchedAt = fetchedAt
        self.checkpoint = checkpoint
        pending.reserveCapacity(StationHourStatements.rowsPerInsert)
    }

    mutating func run(_ grouped: GroupedReadings) throws {
        let (readings, groups) = (grouped.readings, grouped.groups)
        var ids = try Store.stationIDs(in: db)
        let statements = try StationHourStatements(db)
        var stored: [StationHourRow] = []
        // Stations in id order: the writes then walk the table's B-tree from left to right.
        var work: [(id: Int64, group: Int, isNew: Bool)] = []
        for (group, code) in groups.codes.enumerated() {
            if let id = ids[code] {
                work.append((id, group, false))
            } else {
                let id = try Store.registerStationSeenInReadings(code, in: db)
                ids[code] = id
                work.append((id, group, true))
            }
        }
        work.sort { $0.id < $1.id }
        for (station, group, isNew) in work {
            let order = groups.sortedMembers(of: group)
            stored.removeAll(keepingCapacity: true)
            if !isNew {
                let hours = readings[Int(order.first!)].hour...readings[Int(order.last!)].hour
                try statements.load(station: station, hours: hours, into: &stored)
            }
            try merge(order, of: readings, keys: groups.keys, station: station, stored: stored, statements: statements)
        }
        try flush(statements)
    }

    /// Walks the station's incoming readings (sorted by hour, pollutant, then input order) one
    /// station-hour at a time beside its stored rows (sorted by hour).
    private mutating func merge(
        _ order: ArraySlice<Int32>, of readings: [Reading], keys: [Int64], station: Int64, stored: [StationHourRow],
        statements: StationHourStatements
    ) throws {
        var next = 0
        var start = order.startIndex
        while start < order.endIndex {
            let hour = keys[Int(order[start])] >> 3
            var end = start + 1
            while end < order.endIndex, keys[Int(order[end])] >> 3 == hour { end += 1 }
            while next < stored.count, stored[next].hour < hour { next += 1 }
            let base = next < stored.count && stored[next].hour == hour ? stored[next] : nil
            try mergeHour(
                order[start..<end], of: readings, station: station, hour: hour, stored: base, statements: statements)
            start = end
        }
    }

    /// One station-hour: its readings against the stored row, if any.
    private mutating func mergeHour(
        _ order: ArraySlice<Int32>, of readings: [Reading], station: Int64, hour: Int64, stored: StationHourRow?,
        statements: StationHourStatements
    ) throws {
        /// The row as the database holds it (nil: not yet), and the row being built.
        var inStore = stored
        var row = stored ?? StationHourRow(station: station, hour: hour, revision: 0, batch: 0)
        var changed = SIMD8<Int8>(repeating: 0)
        for index in order {
            let reading = readings[Int(index)]
            let p = Int(reading.pollutant.storeCode)
            let value = reading.value.map { Int32($0.milli) } ?? StationHourRow.noValue
            let flag = Int8(reading.flag.storeCode)
            if row.flags[p] == flag && row.values[p] == value {
                counts.unchanged += 1
                continue
            }
            if changed[p] != 0 {
                try write(&row, over: &inStore, statements)
                changed = SIMD8(repeating: 0)
            }
            if row.has(p) { counts.changed += 1 } else { counts.added += 1 }
            row.values[p] = value
            row.flags[p] = flag
            changed[p] = 1
        }
        if changed != SIMD8(repeating: 0) { try write(&row, over: &inStore, statements) }
    }

    /// Stores `row` as the station-hour's next revision: revision 1 of a new station-hour goes to
    /// the pending inserts; a stored one moves to `station_hour_revision` first.
    private mutating func write(
        _ row: inout StationHourRow, over inStore: inout StationHourRow?, _ statements: StationHourStatements
    ) throws {
        row.batch = try batch()
        if let old = inStore {
            row.revision = old.revision + 1
            // The old row may still be waiting in `pending` (a pollutant repeated in the input).
            try flush(statements)
            try statements.supersede(old, by: row)
            try wrote(rows: 2)
        } else {
            row.revision = 1
            pending.append(row)
            if pending.count == StationHourStatements.rowsPerInsert { try flush(statements) }
        }
        inStore = row
    }

    /// The batch row is written with the first change, so an import that changes nothing
    /// leaves the database as it was.
    private mutating func batch() throws -> Int64 {
        if let batchID { return batchID }
        try db.execute(
            sql: "INSERT INTO import_batch (source, fetched_at) VALUES (?, ?)", arguments: [source, fetchedAt])
        batchID = db.lastInsertedRowID
        return batchID!
    }

    private mutating func flush(_ statements: StationHourStatements) throws {
        guard !pending.isEmpty else { return }
        try statements.insert(pending)
        let rows = pending.count
        pending.removeAll(keepingCapacity: true)
        try wrote(rows: rows)
    }

    private mutating func wrote(rows: Int) throws {
        guard let checkpoint else { return }
        let before = rowsWritten
        rowsWritten += rows
        guard rowsWritten / checkpoint.interval > before / checkpoint.interval else { return }
        do {
            try checkpoint.body(rowsWritten)
        } catch {
            throw StoreError.importInterrupted(rows: rowsWritten, reason: "\(error)")
        }
    }
}
