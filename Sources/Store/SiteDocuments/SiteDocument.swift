import AQI
import Foundation
import GRDB

/// One revision of one file of the published site kept by the store (table `site_document`),
/// for what cannot be rendered again from the rest of the database: an annual report. Never
/// deleted or rewritten: a change is the next revision.
public struct SiteDocument: Sendable, Hashable {
    /// Relative to the site's root, with `/` between folders, e.g. `reports/2025/annual.html`.
    public var path: String
    /// 1, 2, … in the order they were appended.
    public var revision: Int
    /// The file's bytes, exactly as given.
    public var content: [UInt8]
    /// Unix seconds, from the caller's clock.
    public var createdAt: Instant

    public init(path: String, revision: Int, content: [UInt8], createdAt: Instant) {
        self.path = path
        self.revision = revision
        self.content = content
        self.createdAt = createdAt
    }

    /// The table's columns, for GRDB requests.
    public enum Columns {
        public static let id = Column("id")
        public static let path = Column("path")
        public static let revision = Column("revision")
        public static let content = Column("content")
        public static let createdAt = Column("created_at")
    }
}

extension SiteDocument: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "site_document"

    public init(row: Row) throws {
        path = row[Columns.path]
        revision = row[Columns.revision]
        content = Array(row[Columns.content] as Data)
        createdAt = row[Columns.createdAt]
    }

    public func encode(to container: inout PersistenceContainer) {
        container[Columns.path] = path
        container[Columns.revision] = revision
        container[Columns.content] = Data(content)
        container[Columns.createdAt] = createdAt
    }
}
