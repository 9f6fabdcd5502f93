import AQI
import Stations

/// `airbulletin stations list`: every station of every area as an aligned table (Chinese
/// characters two columns wide), areas in file order.
public enum StationsList {
    public struct Row: Sendable, Equatable {
        public let area: String
        public let code: String
        public let name: String
        public let role: String
        public let latitude: String
        public let longitude: String
        public let pollutants: String
    }

    public static let header = ["区域 Area", "编码 Code", "名称 Name", "类型 Role", "纬度 Lat", "经度 Lon", "监测项目 Pollutants"]

    /// One row per station of each area; a station in two areas is listed under both.
    public static func rows(_ configuration: StationsConfiguration) -> [Row] {
        configuration.areas.flatMap { area in
            area.stations.map { s in
                let exempt = s.exempt.isEmpty ? "" : " (exempt: \(s.exempt.map(\.label).joined(separator: " ")))"
                return Row(
                    area: "\(area.code) \(area.name)", code: s.code.rawValue, name: s.name,
                    role: s.role.rawValue + (s.isActive ? "" : ", inactive"),
                    latitude: "\(s.latitude)", longitude: "\(s.longitude)",
                    pollutants: s.monitored.map(\.label).joined(separator: " ") + exempt)
            }
        }
    }

    public static func render(_ rows: [Row]) -> String {
        let cells = rows.map { [$0.area, $0.code, $0.name, $0.role, $0.latitude, $0.longitude, $0.pollutants] }
        return TextTable.render(header: header, rows: cells).joined(separator: "\n") + "\n"
    }

    /// The table for stdout, and the problems for stderr: with an error there is no table and
    /// the exit code is 2; warnings go with the table.
    public static func run(directory: String, environment: [String: String]) -> (
        table: String, problems: String, exitCode: Int32
    ) {
        let report = StationsCheck.run(directory: directory, environment: environment)
        let table = report.errorCount == 0 ? render(rows(report.configuration)) : ""
        return (table, report.problems, report.exitCode)
    }
}
