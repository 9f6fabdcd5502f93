import AQI
import GRDB

/// One import's work inside its transaction: readings grouped by station and sorted by key,
/// diffed in memory against the station's stored rows over the same hours (one range query
/// per station), then written in key order with prepared statements.
///
/// The result is the same as importing the readings one at a time in the order given: a
/// reading identical to the stored one changes nothing, a new key becomes revision 1, and a
/// different value or flag becomes the next revision, the old one moved to `reading_revision`.
struct ReadingImporter {
    let db: Database
    let source: String
    let fetchedAt: Int
    let checkpoint: ImportCheckpoint?

    private(set) var counts = ImportCounts()
    private var batchID: Int64?
    private var rowsWritten = 0
    /// New rows not yet inserted: they go in by `ReadingStatements.rowsPerInsert`.
    private var pending: [StoredRow] = []

    init(db: Database, source: String, fetchedAt: Int, checkpoint: ImportCheckpoint?) {
        self.db = db
        self.source = source
        self.fetchedAt = fetchedAt
        self.checkpoint = checkpoint
    }

    mutating func run(_ grouped: GroupedReadings) throws {
        let (readings, groups) = (grouped.readings, grouped.groups)
        var ids = try Store.stationIDs(in: db)
        let statements = try ReadingStatements(db)
        var stored: [StoredRow] = []
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

    /// Walks the station's incoming readings (sorted by key, then input order) beside its
    /// stored rows (sorted by key).
    private mutating func merge(
        _ order: ArraySlice<Int32>, of readings: [Reading], keys: [Int64], station: Int64, stored: [StoredRow],
        statements: ReadingStatements
    ) throws {
        var next = 0
        var current: StoredRow?
        var currentKey = Int64.min
        for index in order {
            let key = keys[Int(index)]
            if key != currentKey {
                while next < stored.count, stored[next].key < key { next += 1 }
                current = next < stored.count && stored[next].key == key ? stored[next] : nil
                currentKey = key
            }
            let reading = readings[Int(index)]
            let value = reading.value.map { Int64($0.milli) }
            let flag = reading.flag.storeCode
            if let old = current {
                if old.value == value && old.flag == flag {
                    counts.unchanged += 1
                    continue
                }
                let new = StoredRow(
                    station: station, key: key, value: value, flag: flag, revision: old.revision + 1,
                    batch: try batch())
                // The old row may still be waiting in `pending` (a key repeated in the input).
                try flush(statements)
                try statements.supersede(old, by: new)
                current = new
                counts.changed += 1
                try wrote(rows: 2)
            } else {
                let new = StoredRow(
                    station: station, key: key, value: value, flag: flag, revision: 1, batch: try batch())
                pending.append(new)
                if pending.count == ReadingStatements.rowsPerInsert { try flush(statements) }
                current = new
                counts.added += 1
            }
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

    private mutating func flush(_ statements: ReadingStatements) throws {
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
