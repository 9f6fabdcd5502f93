import AQI
import Formats

/// One row of the national station list (`监测点编码,监测点名称,城市,经度,纬度,对照点`).
public struct StationListEntry: Sendable, Hashable {
    public let code: StationCode
    public let name: String
    public let city: String
    /// Nil where the list leaves the coordinates blank or "-" (ten stations of the 2022 list do).
    public let longitude: Double?
    public let latitude: Double?
    /// 对照点 = Y: a control/background station, left out of city means. Lists before 2022 have
    /// no such column; their stations are taken as assessment stations.
    public let isControl: Bool
}

/// Decodes the CNEMC station list CSV (data README, station_list/). Bad rows are reported with
/// their line and skipped.
public enum StationListDecoder {
    public static func decode(_ bytes: [UInt8], file: String) throws(Diagnostic) -> (
        entries: [StationListEntry], problems: [Diagnostic]
    ) {
        guard String(validating: bytes, as: UTF8.self) != nil else {
            throw Diagnostic(
                file: file, line: 1, "the file is not UTF-8 (GBK?); convert it with `iconv -f GBK -t UTF-8`")
        }
        var lines = LineSplitter(bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes)
        let expected = ["监测点编码", "监测点名称", "城市", "经度", "纬度"]
        guard let header = lines.next()?.fields.map({ String(decoding: $0, as: UTF8.self) }),
            Array(header.prefix(5)) == expected, header.count <= 6
        else {
            throw Diagnostic(file: file, line: 1, "not a station list: the header must be 监测点编码,监测点名称,城市,经度,纬度[,对照点]")
        }
        let hasControl = header.count == 6
        var entries: [StationListEntry] = []
        var problems: [Diagnostic] = []
        while let line = lines.next() {
            if line.bytes.isEmpty { continue }
            let f = line.fields.map { String(decoding: $0, as: UTF8.self) }
            guard f.count == header.count else {
                problems.append(
                    Diagnostic(file: file, line: line.number, "expected \(header.count) columns, found \(f.count)"))
                continue
            }
            guard let code = StationCode(f[0]) else {
                problems.append(Diagnostic(file: file, line: line.number, "\"\(f[0])\" is not a station code"))
                continue
            }
            // Blank or "-" coordinates mean unknown (ten stations of the 2022 list); anything else
            // must be a valid longitude and latitude.
            let unknown: Set<String> = ["", "-"]
            let lon = Double(f[3])
            let lat = Double(f[4])
            let known = lon.map { (-180...180).contains($0) } == true && lat.map { (-90...90).contains($0) } == true
            guard known || (unknown.contains(f[3]) && unknown.contains(f[4])) else {
                problems.append(
                    Diagnostic(file: file, line: line.number, "\(code): bad coordinates \"\(f[3])\", \"\(f[4])\""))
                continue
            }
            if hasControl, f[5] != "Y", f[5] != "N" {
                problems.append(
                    Diagnostic(file: file, line: line.number, "\(code): 对照点 must be Y or N, found \"\(f[5])\""))
                continue
            }
            entries.append(
                StationListEntry(
                    code: code, name: f[1], city: f[2], longitude: known ? lon : nil, latitude: known ? lat : nil,
                    isControl: hasControl && f[5] == "Y"))
        }
        return (entries, problems)
    }
}
