import AQI
import Disclosure
import GRDB

/// A row of `notice`: what was published under which 索引号, by whom and when. The notice's
/// summary and fields are `NoticeFieldRecord`s, its withdrawal a `NoticeEventRecord`.
struct NoticeRecord: Sendable {
    var id: IndexNumber
    var kind: NoticeKind
    var title: String
    var issuer: String
    /// Unix seconds.
    var publishedAt: Instant
    /// China Standard Time.
    var publishedOn: LocalDate

    enum Columns {
        static let kind = Column("kind")
        static let title = Column("title")
        static let issuer = Column("issuer")
        static let publishedAt = Column("published_at")
        static let publishedOn = Column("published_on")
    }
}

extension NoticeRecord: FetchableRecord, PersistableRecord {
    static let databaseTableName = "notice"

    init(notice: Notice) {
        self.init(
            id: notice.id, kind: notice.kind, title: notice.title, issuer: notice.issuer,
            publishedAt: notice.publishedAt, publishedOn: notice.publishedOn)
    }

    init(row: Row) throws {
        id = try row.indexNumber(table: Self.databaseTableName)
        kind = try StoreError.readBack(
            row[Columns.kind] as String, table: Self.databaseTableName, column: "kind", NoticeKind.init(rawValue:))
        title = row[Columns.title]
        issuer = row[Columns.issuer]
        publishedAt = row[Columns.publishedAt]
        publishedOn = try row.requiredDate(Columns.publishedOn, table: Self.databaseTableName)
    }

    func encode(to container: inout PersistenceContainer) {
        id.encode(to: &container)
        container[Columns.kind] = kind.rawValue
        container[Columns.title] = title
        container[Columns.issuer] = issuer
        container[Columns.publishedAt] = publishedAt
        container[Columns.publishedOn] = publishedOn.description
    }
}
