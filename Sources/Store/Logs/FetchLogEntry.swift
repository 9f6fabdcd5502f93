import AQI
import GRDB

/// One upstream request and what came of it (table `fetch_log`).
public struct FetchLogEntry: Sendable, Hashable, Codable {
    /// Set by the store when the entry is appended.
    public package(set) var id: Int64?
    /// When the request started, Unix seconds.
    public var fetchedAt: Instant
    /// The source id (`stations/*.toml`).
    public var source: String
    /// The request URL, redacted by the caller: the store keeps exactly what it is given.
    public var url: String
    /// The HTTP status, nil when no response came (see `error`).
    public var httpStatus: Int?
    /// Why the request or its decoding failed, nil on success.
    public var error: String?
    public var bytes: Int
    public var durationMilliseconds: Int
    public var readingsAdded: Int
    public var readingsChanged: Int
    public var readingsUnchanged: Int
    /// Rows or cells the decoder could not read.
    public var readingsRejected: Int
    /// Which try of the request this row records, from 1: a request retried after a 500 or a
    /// 429 has a row per attempt.
    public var attempt: Int
    /// How long the client waited after this attempt before the next one; nil for the last.
    public var waitedMilliseconds: Int?

    public init(
        fetchedAt: Instant, source: String, url: String, httpStatus: Int?, error: String? = nil, bytes: Int,
        durationMilliseconds: Int, counts: ImportCounts = ImportCounts(), rejected: Int = 0, attempt: Int = 1,
        waitedMilliseconds: Int? = nil
    ) {
        self.fetchedAt = fetchedAt
        self.source = source
        self.url = url
        self.httpStatus = httpStatus
        self.error = error
        self.bytes = bytes
        self.durationMilliseconds = durationMilliseconds
        readingsAdded = counts.added
        readingsChanged = counts.changed
        readingsUnchanged = counts.unchanged
        readingsRejected = rejected
        self.attempt = attempt
        self.waitedMilliseconds = waitedMilliseconds
    }

    enum CodingKeys: String, CodingKey {
        case id
        case fetchedAt = "fetched_at"
        case source, url
        case httpStatus = "http_status"
        case error, bytes
        case durationMilliseconds = "duration_ms"
        case readingsAdded = "readings_added"
        case readingsChanged = "readings_changed"
        case readingsUnchanged = "readings_unchanged"
        case readingsRejected = "readings_rejected"
        case attempt
        case waitedMilliseconds = "waited_ms"
    }

    /// The table's columns, for GRDB requests.
    public enum Columns {
        public static let id = Column(CodingKeys.id)
        public static let fetchedAt = Column(CodingKeys.fetchedAt)
        public static let source = Column(CodingKeys.source)
        public static let url = Column(CodingKeys.url)
        public static let httpStatus = Column(CodingKeys.httpStatus)
        public static let error = Column(CodingKeys.error)
        public static let bytes = Column(CodingKeys.bytes)
        public static let durationMilliseconds = Column(CodingKeys.durationMilliseconds)
        public static let readingsAdded = Column(CodingKeys.readingsAdded)
        public static let readingsChanged = Column(CodingKeys.readingsChanged)
        public static let readingsUnchanged = Column(CodingKeys.readingsUnchanged)
        public static let readingsRejected = Column(CodingKeys.readingsRejected)
        public static let attempt = Column(CodingKeys.attempt)
        public static let waitedMilliseconds = Column(CodingKeys.waitedMilliseconds)
    }
}

extension FetchLogEntry: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "fetch_log"

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
