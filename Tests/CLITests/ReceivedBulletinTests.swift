import Foundation
import TestSupport
import Testing

/// Issue 15: hourly packets of 2610A and 2611A carrying the archive's real values of a day, once
/// received, publish the same bulletin as the archive itself gives for that day.
@Suite(.serialized, .enabled(if: ArchiveHours.available, "needs ../shared/data/cnemc_hourly_2025"))
struct ReceivedBulletinTests {
    typealias B = LoggerBureau
    static let day = "2025-01-15"

    /// Each station's hours of the two archive files the day needs (D's 01时 … D+1's 00时 = 24时,
    /// and the rest of both files, as the archive import stores them), in the station's units.
    static func loggerHours() throws -> [[LoggerHour]] {
        let first = ArchiveHours.day(day)
        var byStation: [String: [LoggerHour]] = [:]
        for file in [first, first.addingTimeInterval(86_400)] {
            for (station, hours) in try ArchiveHours.hours(file: file, stations: ["2610A", "2611A"]) {
                for hour in hours {
                    let values = hour.values.map { type, text -> (String, String) in
                        let code = ArchiveHours.codes.first { $0.0 == type }!.1
                        // 2610A sends CO in µg/m³; 2611A its gases in mg/m³ (LoggerBureau.area).
                        switch (station, type) {
                        case ("2610A", "CO"): return (code, ArchiveHours.scaled(text, by: 3))
                        case ("2611A", "SO2"), ("2611A", "NO2"), ("2611A", "O3"):
                            return (code, ArchiveHours.scaled(text, by: -3))
                        default: return (code, text)
                        }
                    }
                    byStation[station, default: []].append(
                        LoggerHour(
                            mn: station == "2610A" ? B.mn2610A : B.mn2611A,
                            password: station == "2610A" ? "123456" : "s3cret-2611", start: hour.start, values: values))
                }
            }
        }
        return [byStation["2610A"] ?? [], byStation["2611A"] ?? []]
    }

    @Test func theReceivedDayPublishesTheArchivesBulletinByteForByte() throws {
        let archive = try B(
            archive: "file:\(ArchiveHours.folder.path)/china_sites_{date:yyyyMMdd}.csv")
        let fromArchive = try archive.airbulletin(["run", "--date", Self.day])
        #expect(fromArchive.status == 0, "\(fromArchive.stdout)\(fromArchive.stderr)")

        let loggers = try B()
        let receiver = try loggers.startReceiver()
        let stations = try Self.loggerHours()
        #expect(stations.map(\.count) == [48, 48])
        for hours in stations {
            let client = try LoopbackClient(port: receiver.port)
            for hour in hours {
                client.send(hour.packet)
                #expect(client.line() == hour.answer)
            }
        }
        let stopped = receiver.stop(SIGTERM)
        #expect(stopped.status == 0)
        // Every value the archive has for these hours (557 of 576: some cells are empty).
        let values = stations.joined().reduce(0) { $0 + $1.values.count }
        #expect(values == 557)
        #expect(
            stopped.stderr.contains("receive: stopped; since start: packets 96, stored 96, readings \(values),"),
            "\(stopped.stderr)")
        let fromLoggers = try loggers.airbulletin(["run", "--date", Self.day])
        #expect(fromLoggers.status == 0, "\(fromLoggers.stdout)\(fromLoggers.stderr)")

        for ext in ["json", "txt", "html"] {
            let path = "public/bulletins/2025/\(Self.day).\(ext)"
            let expected = try #require(archive.file(path), "\(path)")
            #expect(loggers.file(path) == expected, "\(path) differs")
        }
        // Not two empty bulletins: the day's 24 hours of both stations are in it.
        let json = String(decoding: archive.file("public/bulletins/2025/\(Self.day).json") ?? Data(), as: UTF8.self)
        #expect(json.contains("\"valid_hours\": 24"))
        #expect(!json.contains("\"aqi_computed\": null"))
    }
}
