import AQI
import GRDB

/// One import's work inside its transaction: readings grouped by station and sorted by key,
/// gathered into station-hours and diffed in memory against the station's stored rows over the
/// same hours (one range query per station) by `StationHourMerge`, which decides every revision,
/// then written in key order with prepared statements.
struct ReadingImporter {
    let db: Database
    let source: String
    let fetchedAt: Instant
    let checkpoint: ImportCheckpoint?

    private(set) var counts = ImportCounts()
    private var batchID: Int64?
    private var rowsWritten = 0
    /// New station-hours not yet inserted: they go in by `StationHourStatements.rowsPerInsert`.
    private var pending: [StationHourRow] = []

    init(db: Database, source: String, fetchedAt: Instant, checkpoint: ImportCheckpoint?) {
        self.db = db
        self.source = source
        self.fetchedAt = fetchedAt
        self.checkpoint = checkpoint
        pending.reserveCapacity(StationHourStatements.rowsPerInsert)
    }

    mutating func run(_ grouped: GroupedReadings) throws {
        let (readings, groups) = (grouped.readings, grouped.groups)
        var ids = try Store.stationIDs(of: groups.codes, in: db)
        let statements = try StationHourStatements(db)
        var stored: [StationHourRow] = []
        var merge = StationHourMerge()
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
            try merge.merge(order, of: readings, keys: groups.keys, station: station, stored: stored) { row, old in
                try write(&row, over: old, statements)
            }
        }
        try flush(statements)
        counts = merge.counts
    }

    /// Stores `row`, numbered by the merge, as the station-hour's next revision: revision 1 of a
    /// new station-hour goes to the pending inserts; a stored one moves to `station_hour_revision` first.
    private mutating func write(
        _ row: inout StationHourRow, over old: StationHourRow?, _ statements: StationHourStatements
    ) throws {
        row.batch = try batch()
        if let old {
            // The old row may still be waiting in `pending` (a pollutant repeated in the input).
            try flush(statements)
            try statements.supersede(old, by: row)
            try wrote(rows: 2)
        } else {
            pending.append(row)
            if pending.count == StationHourStatements.rowsPerInsert { try flush(statements) }
        }
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
