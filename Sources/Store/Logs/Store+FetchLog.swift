import GRDB

extension Store {
    /// Records one request. Returns the entry with its id.
    @discardableResult
    public func appendFetchLog(_ entry: FetchLogEntry) throws(StoreError) -> FetchLogEntry {
        try Store.validate(entry)
        return try StoreError.wrapping {
            try writer.write { db in
                var entry = entry
                try entry.insert(db)
                return entry
            }
        }
    }

    package static func validate(_ entry: FetchLogEntry) throws(StoreError) {
        guard !entry.source.isEmpty else { throw .emptyField("a fetch log entry's source id") }
        guard entry.httpStatus != nil || !(entry.error ?? "").isEmpty else {
            throw .emptyField("a fetch log entry's HTTP status or error text")
        }
    }

    /// The fetch log, newest first; at most `limit` entries when given.
    public func fetchLog(limit: Int? = nil) throws(StoreError) -> [FetchLogEntry] {
        try StoreError.wrapping {
            try writer.read { db in
                try FetchLogEntry.order(FetchLogEntry.Columns.fetchedAt.desc, FetchLogEntry.Columns.id.desc)
                    .limit(limit ?? -1).fetchAll(db)
            }
        }
    }
}
