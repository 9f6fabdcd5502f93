import GRDB
import Identity

/// One membership of a station in an area (table `station_area`).
struct StationAreaRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "station_area"

    var stationID: Int64
    var areaCode: AreaCode

    enum CodingKeys: String, CodingKey {
        case stationID = "station_id"
        case areaCode = "area_code"
    }

    enum Columns {
        static let stationID = Column(CodingKeys.stationID)
        static let areaCode = Column(CodingKeys.areaCode)
    }
}
