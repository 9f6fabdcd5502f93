import AQI
import GRDB
import Identity

/// A monitoring station as the store keeps it (table `station`, memberships in
/// `station_area`). Configuration and the national station list both hand stations over in
/// this shape; stations only seen in readings have a code and nothing else.
public struct StationRecord: Sendable, Hashable {
    public var code: StationCode
    public var name: String?
    /// The city as the national list names it (`文山州`), when known.
    public var city: String?
    public var latitude: Double?
    public var longitude: Double?
    public var role: StationRole?
    /// False for a station that no longer reports (停运) but whose history is kept.
    public var active: Bool
    /// The areas (城市或区县代码, e.g. `532601`) whose means include this station, sorted.
    public var areaCodes: [AreaCode]
    /// Where the store learnt about the station; set by the store.
    public internal(set) var origin: StationOrigin

    public init(
        code: StationCode, name: String, city: String? = nil, latitude: Double?, longitude: Double?,
        role: StationRole, active: Bool = true, areaCodes: [AreaCode] = []
    ) {
        self.code = code
        self.name = name
        self.city = city
        self.latitude = latitude
        self.longitude = longitude
        self.role = role
        self.active = active
        self.areaCodes = areaCodes.sorted()
        origin = .configuration
    }

    /// The columns of table `station`.
    enum Columns {
        static let id = Column("id")
        static let code = Column("code")
        static let name = Column("name")
        static let city = Column("city")
        static let latitude = Column("latitude")
        static let longitude = Column("longitude")
        static let role = Column("role")
        static let active = Column("active")
        static let origin = Column("origin")
    }
}

/// Where the store learnt about a station. Configuration wins over the national list, which
/// wins over a bare code seen in readings.
public enum StationOrigin: String, Sendable, Hashable {
    case configuration = "config"
    case nationalList = "list"
    case readings
}

extension StationRecord: FetchableRecord {
    /// Decodes a `station` row; `areaCodes` are filled in by the query that loads them.
    public init(row: Row) throws {
        code = try StoreError.readBack(row[Columns.code] as String, table: "station", column: "code") {
            StationCode($0)
        }
        name = row[Columns.name]
        city = row[Columns.city]
        latitude = row[Columns.latitude]
        longitude = row[Columns.longitude]
        active = row[Columns.active]
        areaCodes = []
        role = try (row[Columns.role] as String?).map { text throws(StoreError) in
            try StoreError.readBack(text, table: "station", column: "role", StationRole.init(rawValue:))
        }
        origin = try StoreError.readBack(
            row[Columns.origin] as String, table: "station", column: "origin", StationOrigin.init(rawValue:))
    }
}
