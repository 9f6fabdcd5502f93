import AQI
import Foundation
import HJ212
import Receive
import Stations
import Store
import TestSupport

/// Wenshan's two stations as data loggers, packets built by hand with the HJ 212 CRC, and a
/// receiver on 127.0.0.1 with a store on a temporary file.
enum ReceiveFixtures {
    static let mn2610A = "53260100000010"
    static let mn2611A = "53260100000011"
    static let environment = ["PW_2610A": "123456", "PW_2611A": "s3cret-2611"]

    /// 2610A sends in the HJ 633 units; 2611A sends its gases in mg/m³, as many loggers do.
    static let stationsText = """
        [[area]]
        code = "532601"
        name = "文山市"
        name_en = "Wenshan City"
        level = "county"

        [area.issuer]
        name = "文山州生态环境局文山分局"
        name_en = "Wenshan Branch"
        org_code = "000000000000000000"

        [[area.station]]
        code = "2610A"
        name = "州水务局"
        latitude = 23.3594
        longitude = 104.2533
        role = "assessment"
        hj212 = { mn = "\(mn2610A)", password_env = "PW_2610A" }

        [[area.station]]
        code = "2611A"
        name = "市便民服务中心"
        latitude = 23.3892
        longitude = 104.2319
        role = "assessment"
        hj212 = { mn = "\(mn2611A)", password_env = "PW_2611A", units = { so2 = "mg/m3", no2 = "mg/m3", o3 = "mg/m3", co = "mg/m3" } }

        [[area.source]]
        id = "loggers"
        adapter = "hj212"
        """

    static func stations() throws -> ReceiverStations {
        let (configuration, diagnostics) = StationsConfiguration.read(
            [.init(path: "wenshan.toml", directory: "/tmp", text: stationsText)], environment: [:],
            fileExists: { _ in false })
        precondition(diagnostics.isEmpty, "\(diagnostics)")
        return try ReceiverStations(configuration, environment: environment)
    }

    /// One value of an hourly packet: `code-Avg=average,code-Flag=flag`.
    struct Value {
        let code: String
        let average: String?
        var flag: String? = "N"
    }

    /// The data segment of an hourly (CN=2061) upload of the hour starting at `start` (DataTime,
    /// HJ 212's convention) asking for an answer (Flag=5: version 1, bit A).
    static func hourlySegment(
        mn: String, pw: String, dataTime: String, values: [Value], flag: Int = 5, qn: String = "20250115080012345",
        cn: String = "2061", field: String = "Avg", split: (pnum: Int, pno: Int)? = nil
    ) -> String {
        let groups = values.map { v in
            ([v.average.map { "\(v.code)-\(field)=\($0)" }] + [v.flag.map { "\(v.code)-Flag=\($0)" }])
                .compactMap { $0 }.joined(separator: ",")
        }
        return DataSegment(
            qn: qn, st: "22", cn: cn, pw: pw, mn: mn, flag: split == nil ? flag : flag | 2, pnum: split?.pnum,
            pno: split?.pno, cp: (["DataTime=\(dataTime)"] + groups).joined(separator: ";")
        ).text
    }

    static func packet(_ segment: String) -> [UInt8] { PacketFrame.wrap(segment) }

    /// A good hourly packet of 2610A for the hour starting 2025-01-15 `hour`:00.
    static func good2610A(hour: Int = 7, pm25: String = "63", qn: String = "20250115080012345") -> [UInt8] {
        let h = hour < 10 ? "0\(hour)" : "\(hour)"
        return packet(
            hourlySegment(
                mn: mn2610A, pw: "123456", dataTime: "20250115\(h)0000", values: [.init(code: "a34004", average: pm25)],
                qn: qn))
    }

    /// A running receiver and its store; stopped and deleted after `body`.
    static func withServer(
        limits: ReceiverLimits = .init(), _ body: (HJ212Server, Store) throws -> Void
    ) throws {
        let path = NSTemporaryDirectory() + "receive-\(UUID().uuidString).sqlite"
        defer {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        }
        let store = try Store(path: path)
        let server = try HJ212Server.start(
            host: "127.0.0.1", port: 0, stations: try stations(), store: store, limits: limits, threads: 2,
            now: { 1_736_900_000 }, log: { _ in })
        defer { server.stop() }
        try body(server, store)
    }

    /// Waits up to 5 s for `condition` (a count the server updates on another thread).
    static func eventually(_ condition: () -> Bool) -> Bool {
        for _ in 0..<500 {
            if condition() { return true }
            usleep(10_000)
        }
        return condition()
    }
}
