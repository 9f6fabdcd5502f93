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
/// their line and skipped; a line past 1 MiB refuses the file (docs/adapters.md, Limits).
public enum StationListDecoder {
    /// Characters in a station's or a city's name: the longest in the national lists has 19.
    public static let maximumNameLength = 100

    public static func decode(_ bytes: [UInt8], file: String) throws(Diagnostic) -> (
        entries: [StationListEntry], problems: [Diagnostic]
    ) {
        guard TextEncoding.isUTF8(bytes) else {
            throw Diagnostic(
                file: file, line: 1, "the file is not UTF-8 (GBK?); convert it with `iconv -f GBK -t UTF-8`")
        }
        var lines = LineSplitter(bytes, from: bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0)
        let expected = ["监测点编码", "监测点名称", "城市", "经度", "纬度"]
        guard let headerLine = try lines.next(file: file), headerLine.fieldCount <= 6,
            case let header = headerLine.fields.map({ String(decoding: $0, as: UTF8.self) }),
            Array(header.prefix(5)) == expected
        else {
            throw Diagnostic(file: file, line: 1, "not a station list: the header must be 监测点编码,监测点名称,城市,经度,纬度[,对照点]")
        }
        let hasControl = header.count == 6
        var entries: [StationListEntry] = []
        var problems: [Diagnostic] = []
        while let line = try lines.next(file: file) {
            if line.bytes.isEmpty { continue }
            func problem(_ message: String) { problems.append(Diagnostic(file: file, line: line.number, message)) }
            let fields = line.fields(atMost: header.count + 1)
            guard fields.count == header.count else {
                problem("expected \(header.count) columns, found \(line.fieldCount)")
                continue
            }
            let f = fields.map { String(decoding: $0, as: UTF8.self) }
            guard let code = StationCode(f[0]) else {
                problem("\(Excerpt(f[0])) is not a station code")
                continue
            }
            if let message = nameProblem(f[1], "name") ?? nameProblem(f[2], "city") {
                problem("\(code): \(message)")
                continue
            }
            // Blank or "-" coordinates mean unknown (ten stations of the 2022 list); anything else
            // must be a valid longitude and latitude.
            let unknown: Set<String> = ["", "-"]
            let lon = Double(f[3])
            let lat = Double(f[4])
            let known = lon.map { (-180...180).contains($0) } == true && lat.map { (-90...90).contains($0) } == true
            guard known || (unknown.contains(f[3]) && unknown.contains(f[4])) else {
                problem("\(code): bad coordinates \(Excerpt(f[3])), \(Excerpt(f[4]))")
                continue
            }
            if hasControl, f[5] != "Y", f[5] != "N" {
                problem("\(code): 对照点 must be Y or N, found \(Excerpt(f[5]))")
                continue
            }
            entries.append(
                StationListEntry(
                    code: code, name: f[1], city: f[2], longitude: known ? lon : nil, latitude: known ? lat : nil,
                    isControl: hasControl && f[5] == "Y"))
        }
        return (entries, problems)
    }

    /// Names are printed in tables and pages: bounded, and without line breaks or escapes.
    private static func nameProblem(_ text: String, _ what: String) -> String? {
        if text.scalarCount > maximumNameLength {
            return "the \(what) is \(text.scalarCount.groupedThousands) characters long; at most \(maximumNameLength)"
        }
        if text.containsControlCharacter { return "the \(what) has a control character (a line break or a tab?)" }
        return nil
    }
}
