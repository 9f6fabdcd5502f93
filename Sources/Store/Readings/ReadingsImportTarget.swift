import AQI

/// The store seam of `airbulletin import` (issue 14: "a second store backend behind the store
/// seam"): what an import needs of a store, whichever database holds it. The SQLite `Store`
/// and the PostgreSQL store both offer it, with the same revisions and the same counts.
public protocol ReadingsImportTarget {
    /// Every station code the store knows.
    func stationCodes() throws -> [StationCode]

    /// Registers the stations of the national list, as `Store.registerListedStations` does.
    func registerListedStations(_ stations: [StationRecord]) throws -> StationRegistration

    /// Records one request in a transaction of its own (a failed import's request is kept).
    @discardableResult
    func appendFetchLog(_ entry: FetchLogEntry) throws -> FetchLogEntry

    /// Reads committed readings on another thread while an import session is open: it never
    /// sees the session's own rows, and never waits for them.
    func committedReadings() -> any CommittedReadings

    /// Runs `body` with a session whose imports all go into ONE transaction: committed when
    /// `body` returns, rolled back whole when anything throws (the error comes out as thrown).
    func withImportSession<T>(checkpoint: ImportCheckpoint?, _ body: (any ReadingsImportSession) throws -> T)
        throws -> T
}

/// Batches of readings stored in one transaction (`ReadingsImportTarget.withImportSession`).
public protocol ReadingsImportSession: AnyObject {
    /// The counts of every batch so far.
    var counts: ImportCounts { get }

    /// Stores one batch grouped ahead of time (on another thread, say); its counts.
    @discardableResult
    func importReadings(_ readings: GroupedReadings, source: String, fetchedAt: Instant) throws -> ImportCounts

    /// Records one request inside the session's transaction.
    @discardableResult
    func appendFetchLog(_ entry: FetchLogEntry) throws -> FetchLogEntry
}

/// The readings in force, as committed, for the import's quality checks (`QualityControl`
/// looks back over the hours before an input's first).
public protocol CommittedReadings: Sendable {
    func currentReadings(stations: [StationCode], hours: ClosedRange<HourStamp>) throws -> [Reading]
}

// MARK: - The SQLite store

extension Store: ReadingsImportTarget, CommittedReadings {
    public func stationCodes() throws -> [StationCode] { try stations().map(\.code) }

    /// The store itself: a pool's readers see the last commit while the import writes.
    public func committedReadings() -> any CommittedReadings {
        // An in-memory store serialises its reads behind the open write: the import would wait for itself.
        precondition(path != nil, "an import needs a file store (Store(path:)), not an in-memory one")
        return self
    }

    public func withImportSession<T>(
        checkpoint: ImportCheckpoint?, _ body: (any ReadingsImportSession) throws -> T
    ) throws -> T {
        try importSession(checkpoint: checkpoint) { session in try body(session) }
    }
}

extension ImportSession: ReadingsImportSession {}
