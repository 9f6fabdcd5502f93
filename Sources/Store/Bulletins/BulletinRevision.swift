import AQI
import GRDB
import Identity

/// One published revision of one area's daily bulletin (table `bulletin`). Never deleted or
/// rewritten: a correction is the next revision.
public struct BulletinRevision: Sendable, Hashable {
    /// The area code, e.g. `532601`.
    public var areaCode: AreaCode
    public var date: LocalDate
    /// 1, 2, … in the order they were appended.
    public var revision: Int
    /// The standard that produced the bulletin.
    public var standard: Standard
    /// A hash of the inputs the bulletin was computed from, to tell whether a recomputation
    /// would say something new.
    public var inputsHash: String
    /// The published document (JSON text), kept as given: the site is re-rendered from it.
    public var document: String
    /// Why this revision replaced the previous one; nil for a first revision given none.
    public var reason: String?
    /// Who published it.
    public var operatorName: String
    /// Unix seconds, from the caller's clock.
    public var createdAt: Instant
    /// When the site that shows this revision went live; nil until then.
    public var sitePublishedAt: Instant?

    public init(
        areaCode: AreaCode, date: LocalDate, revision: Int, standard: Standard, inputsHash: String, document: String,
        reason: String?, operatorName: String, createdAt: Instant, sitePublishedAt: Instant?
    ) {
        self.areaCode = areaCode
        self.date = date
        self.revision = revision
        self.standard = standard
        self.inputsHash = inputsHash
        self.document = document
        self.reason = reason
        self.operatorName = operatorName
        self.createdAt = createdAt
        self.sitePublishedAt = sitePublishedAt
    }

    /// The table's columns, for GRDB requests.
    public enum Columns {
        public static let areaCode = Column("area_code")
        public static let date = Column("date")
        public static let revision = Column("revision")
        public static let standard = Column("standard")
        public static let inputsHash = Column("inputs_hash")
        public static let document = Column("document")
        public static let reason = Column("reason")
        public static let operatorName = Column("operator")
        public static let createdAt = Column("created_at")
        public static let sitePublishedAt = Column("site_published_at")
    }
}

extension BulletinRevision: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "bulletin"

    public init(row: Row) throws {
        areaCode = try StoreError.readBack(row[Columns.areaCode] as String, table: "bulletin", column: "area_code") {
            AreaCode($0)
        }
        revision = row[Columns.revision]
        inputsHash = row[Columns.inputsHash]
        document = row[Columns.document]
        reason = row[Columns.reason]
        operatorName = row[Columns.operatorName]
        createdAt = row[Columns.createdAt]
        sitePublishedAt = row[Columns.sitePublishedAt]
        date = try StoreError.readBack(row[Columns.date] as String, table: "bulletin", column: "date") {
            LocalDate(iso: $0)
        }
        standard = try StoreError.readBack(
            row[Columns.standard] as String, table: "bulletin", column: "standard", Standard.init(rawValue:))
    }

    public func encode(to container: inout PersistenceContainer) {
        container[Columns.areaCode] = areaCode
        container[Columns.date] = date.description
        container[Columns.revision] = revision
        container[Columns.standard] = standard.id
        container[Columns.inputsHash] = inputsHash
        container[Columns.document] = document
        container[Columns.reason] = reason
        container[Columns.operatorName] = operatorName
        container[Columns.createdAt] = createdAt
        container[Columns.sitePublishedAt] = sitePublishedAt
    }
}
