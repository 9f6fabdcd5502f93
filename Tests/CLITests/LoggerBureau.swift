import Foundation
import HJ212

/// Wenshan's bureau whose two stations push over HJ 212: the area file with their `hj212`
/// links and an `hj212` source (or, for the comparison, the CNEMC archive in ../shared as its
/// source), a configuration, a database, a site, in a temporary directory.
final class LoggerBureau {
    static let mn2610A = "53260100000010"
    static let mn2611A = "53260100000011"
    /// The loggers' passwords, in the receiver's environment only.
    static let environment = ["PW_2610A": "123456", "PW_2611A": "s3cret-2611"]
    /// The morning every command runs at (`AIRBULLETIN_NOW`).
    static let now = "2025-01-16T09:00"

    /// The bureau's folder (removed with it).
    private let bureau: BureauDirectory
    var directory: URL { bureau.url }

    /// - Parameter archive: the day files of the CNEMC archive (`file:` template) as the area's
    ///   source instead of the loggers.
    init(archive: String? = nil) throws {
        bureau = try BureauDirectory()
        try bureau.write(
            "airbulletin.toml",
            """
            [paths]
            stations = "stations"
            database = "var/air.sqlite"
            site = "public"

            [site]
            base_url = "https://sthjj.example.gov.cn/air/"
            id_authority = "sthjj.example.gov.cn,2026"
            rehearsal = true

            [run]
            catch_up_days = 0
            window_hours = 24
            lock_timeout_seconds = 0
            fetch_attempts = 1

            [receive]
            listen = "127.0.0.1:0"
            """)
        let source =
            archive.map { "id = \"archive\"\nadapter = \"cnemc-archive\"\nurl = \"\($0)\"" }
            ?? "id = \"loggers\"\nadapter = \"hj212\""
        try bureau.write("stations/wenshan.toml", Self.area(source: source))
    }

    /// 2610A sends PM in µg/m³ and CO in µg/m³; 2611A its gases in mg/m³, as many loggers do.
    static func area(source: String) -> String {
        """
        [[area]]
        code = "532601"
        name = "文山市"
        name_en = "Wenshan City"
        level = "county"

        [area.issuer]
        name = "文山州生态环境局文山分局"
        name_en = "Wenshan Branch, Wenshan Prefecture Ecology and Environment Bureau"
        org_code = "000000000000000000"

        [[area.station]]
        code = "2610A"
        name = "州水务局"
        latitude = 23.3594
        longitude = 104.2533
        role = "assessment"
        pollutants = ["SO2", "NO2", "CO", "O3", "PM10", "PM2.5"]
        hj212 = { mn = "\(mn2610A)", password_env = "PW_2610A", units = { pm2_5 = "ug/m3", co = "ug/m3" } }

        [[area.station]]
        code = "2611A"
        name = "市便民服务中心"
        latitude = 23.3892
        longitude = 104.2319
        role = "assessment"
        pollutants = ["SO2", "NO2", "CO", "O3", "PM10", "PM2.5"]
        hj212 = { mn = "\(mn2611A)", password_env = "PW_2611A", units = { so2 = "mg/m3", no2 = "mg/m3", o3 = "mg/m3", co = "mg/m3" } }

        [[area.source]]
        \(source)

        """
    }

    func airbulletin(_ arguments: [String]) throws -> CLI.Result {
        try bureau.run(["--config", "airbulletin.toml"] + arguments, at: Self.now)
    }

    /// `airbulletin receive` started on a free port of 127.0.0.1.
    func startReceiver() throws -> ReceiverProcess {
        try ReceiverProcess(
            ["--config", "airbulletin.toml", "receive"],
            environment: Self.environment.merging(["AIRBULLETIN_NOW": Self.now]) { a, _ in a }, directory: directory)
    }

    func file(_ path: String) -> Data? {
        FileManager.default.contents(atPath: directory.appendingPathComponent(path).path)
    }
}

/// One station-hour as its data logger sends it: an hourly upload (CN=2061, HJ 212—2017 §6.3.3)
/// asking for an answer (Flag=5: version 1, bit A), DataTime the **start** of the hour.
struct LoggerHour {
    let mn: String
    let password: String
    /// `yyyyMMddHH` of the hour's start.
    let start: String
    /// `(code, text)` in the station's units, e.g. `("a34004", "63")`.
    let values: [(String, String)]

    var segment: DataSegment {
        let groups = values.map { "\($0.0)-Avg=\($0.1),\($0.0)-Flag=N" }
        return DataSegment(
            qn: "\(start)0100000", st: "22", cn: "2061", pw: password, mn: mn, flag: 5,
            cp: (["DataTime=\(start)0000"] + groups).joined(separator: ";"))
    }

    var packet: [UInt8] { PacketFrame.wrap(segment.text) }

    /// The 9014 the receiver must send back.
    var answer: String { String(decoding: DataAnswer.dataAnswer(to: segment), as: UTF8.self) }
}
