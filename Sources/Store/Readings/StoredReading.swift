import AQI

/// One stored revision of a reading, with where and when it came from.
public struct StoredReading: Sendable, Hashable {
    public var reading: Reading
    /// 1 for the first value stored for the key, then 2, 3, … for each change.
    public var revision: Int
    /// The source id given to the import that stored this revision.
    public var source: String
    /// When that import's data was fetched, Unix seconds.
    public var fetchedAt: Instant
    /// False for a revision a later one replaced.
    public var isCurrent: Bool

    public init(reading: Reading, revision: Int, source: String, fetchedAt: Instant, isCurrent: Bool) {
        self.reading = reading
        self.revision = revision
        self.source = source
        self.fetchedAt = fetchedAt
        self.isCurrent = isCurrent
    }
}

/// Which revisions a reading query returns.
public enum RevisionSelection: Sendable, Hashable {
    /// The value in force for each key.
    case current
    /// Every revision ever stored, superseded ones included.
    case all
}
