import Foundation

/// `airbulletin receive` started for the simulation, in a work folder with an area of `stations`
/// simulated stations (one password variable for all), its log in `receive.log`.
final class ReceiverUnderTest {
    let process = Process()
    let port: Int
    let log: URL

    static let passwordVariable = "HJ212_SIM_PASSWORD"
    static let password = "sim-2026"

    init(binary: String, work: URL, stations: Int) throws {
        let fm = FileManager.default
        try? fm.removeItem(at: work)
        try fm.createDirectory(at: work.appendingPathComponent("stations"), withIntermediateDirectories: true)
        try """
        [paths]
        stations = "stations"
        database = "receive.sqlite"

        [receive]
        listen = "127.0.0.1:0"
        max_connections = \(stations + 64)
        """.write(to: work.appendingPathComponent("airbulletin.toml"), atomically: true, encoding: .utf8)
        var area = """
            [[area]]
            code = "532601"
            name = "模拟"
            name_en = "Simulated"
            level = "county"

            [area.issuer]
            name = "模拟"
            name_en = "Simulated"
            org_code = "000000000000000000"

            [[area.source]]
            id = "loggers"
            adapter = "hj212"

            """
        for i in 0..<stations {
            area += """
                [[area.station]]
                code = "\(SimulatedStation.code(i))"
                name = "站\(i)"
                latitude = 23.36
                longitude = 104.25
                role = "assessment"
                hj212 = { mn = "\(SimulatedStation(index: i, password: "", hourlyEvery: 0).mn)", password_env = "\(Self.passwordVariable)" }

                """
        }
        try area.write(to: work.appendingPathComponent("stations/sim.toml"), atomically: true, encoding: .utf8)
        log = work.appendingPathComponent("receive.log")
        _ = fm.createFile(atPath: log.path, contents: nil)
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["--config", "airbulletin.toml", "receive"]
        process.currentDirectoryURL = work
        process.environment = ProcessInfo.processInfo.environment.merging([Self.passwordVariable: Self.password]) {
            _, new in new
        }
        process.standardError = try FileHandle(forWritingTo: log)
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        var port = 0
        for _ in 0..<3_000 where port == 0 {
            let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
            if let range = text.firstRange(of: "listening on 127.0.0.1:") {
                port = Int(text[range.upperBound...].prefix { $0.isNumber }) ?? 0
            } else if !process.isRunning {
                break
            } else {
                usleep(10_000)
            }
        }
        guard port > 0 else {
            throw SimulationError("receive did not start: \((try? String(contentsOf: log, encoding: .utf8)) ?? "")")
        }
        self.port = port
    }

    /// Peak resident memory (VmHWM) in MiB, and CPU seconds (user + system) so far.
    func usage() -> (peakMiB: Int, cpuSeconds: Double) {
        let pid = process.processIdentifier
        let status = (try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)) ?? ""
        let hwm =
            status.split(separator: "\n").first { $0.hasPrefix("VmHWM:") }
            .flatMap { Int($0.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "") } ?? 0
        return (hwm / 1024, Self.cpuSeconds(pid: pid))
    }

    /// CPU seconds (user + system) process `pid` used so far.
    static func cpuSeconds(pid: Int32) -> Double {
        let stat = (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)) ?? ""
        // Fields after the command's closing parenthesis: utime and stime are the 12th and 13th.
        let fields = stat.split(separator: ")").last?.split(separator: " ") ?? []
        let ticks = fields.count > 12 ? (Double(fields[11]) ?? 0) + (Double(fields[12]) ?? 0) : 0
        return ticks / Double(sysconf(Int32(_SC_CLK_TCK)))
    }

    /// SIGTERM, the exit status, and the log's last line (the receiver's summary since start).
    func stop() -> (status: Int32, lastLine: String) {
        process.terminate()
        process.waitUntilExit()
        let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        return (process.terminationStatus, String(text.split(separator: "\n").last ?? ""))
    }
}

struct SimulationError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
