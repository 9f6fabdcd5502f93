import AQI
import GRDB

/// Several imports in ONE transaction: an `airbulletin import` of many files, or a run's fetch
/// of several sources, is stored entirely or not at all, while each file is decoded, diffed and
/// written in turn (a national year never has to sit in memory at once).
public final class ImportSession {
    let db: Database
    let checkpoint: ImportCheckpoint?
    public private(set) var counts = ImportCounts()

    init(db: Database, checkpoint: ImportCheckpoint?) {
        self.db = db
        self.checkpoint = checkpoint
    }

    /// Stores one batch, as `Store.importReadings` does, inside the session's transaction.
    @discardableResult
    public func importReadings(_ readings: [Reading], source: String, fetchedAt: Instant) throws(StoreError)
        -> ImportCounts
    {
        try importReadings(try GroupedReadings(readings), source: source, fetchedAt: fetchedAt)
    }

    /// Stores one batch grouped ahead of time (on another thread, say).
    @discardableResult
    public func importReadings(_ readings: GroupedReadings, source: String, fetchedAt: Instant) throws(StoreError)
        -> ImportCounts
    {
        guard !source.isEmpty else { throw .emptyField("the import's source id") }
        return try StoreError.wrapping {
            var importer = ReadingImporter(db: db, source: source, fetchedAt: fetchedAt, checkpoint: checkpoint)
            try importer.run(readings)
            counts.added += importer.counts.added
            counts.changed += importer.counts.changed
            counts.unchanged += importer.counts.unchanged
            return importer.counts
        }
    }

    /// The value in force for each key of `stations` over `hours`, as `Store.currentReadings`
    /// gives it, read inside the session's transaction: what an import is about to be diffed
    /// against, without a read transaction of its own.
    public func currentReadings(stations: [StationCode], hours: ClosedRange<HourStamp>) throws(StoreError)
        -> [Reading]
    {
        var readings: [Reading] = []
        try StoreError.wrapping {
            try ReadingScan(db: db).runCurrent(stations: stations, hours: hours) { hour in readings += hour.readings }
        }
        return readings
    }

    /// Records one request in the session's transaction.
    @discardableResult
    public func appendFetchLog(_ entry: FetchLogEntry) throws(StoreError) -> FetchLogEntry {
        try Store.validate(entry)
        return try StoreError.wrapping {
            var entry = entry
            try entry.insert(db)
            return entry
        }
    }
}

extension Store {
    /// Runs `body` in one write transaction with an `ImportSession`. If `body` or any import in it
    /// throws, everything is rolled back and the database is exactly as it was; the error comes
    /// out as thrown (a database failure as a `StoreError`).
    public func importSession<T>(checkpoint: ImportCheckpoint? = nil, _ body: (ImportSession) throws -> T) throws -> T {
        do {
            return try writer.write { db in try body(ImportSession(db: db, checkpoint: checkpoint)) }
        } catch let error as DatabaseError {
            throw StoreError(error)
        }
    }
}
