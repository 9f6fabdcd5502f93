import Foundation
import TestSupport
import Testing

/// `airbulletin import` end to end: real files, a real SQLite file, real HTTP on 127.0.0.1.
@Suite struct ImportCommandTests {
    static let sample = CLI.packageRoot.appendingPathComponent("stations/sample")

    func temporaryDirectory() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("import-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    func sampleFile(_ day: Int) -> String {
        Self.sample.appendingPathComponent("china_sites_202501\(String(format: "%02d", day)).csv").path
    }

    func importing(
        _ inputs: [String], db: URL, format: String = "cnemc-archive", environment: [String: String] = [:],
        extra: [String] = []
    ) throws -> CLI.Result {
        try CLI.run(
            [
                "import", "--db", db.path, "--format", format, "--station-list",
                Self.sample.appendingPathComponent("stations.csv").path,
            ] + extra + inputs,
            environment: environment, directory: db.deletingLastPathComponent())
    }

    @Test func theSameFilesTwiceAddNothingTheSecondTime() throws {
        let db = try temporaryDirectory().appendingPathComponent("air.sqlite")
        let files = [sampleFile(14), sampleFile(15)]
        let first = try importing(files, db: db)
        #expect(first.status == 0)
        #expect(first.stdout.hasSuffix("s)\n"))
        #expect(
            first.stdout.contains(
                "imported 2 files: 555 readings of 2 stations — added 555, changed 0, unchanged 0, rejected 0; QC: 0 flagged ("
            ))
        let second = try importing(files, db: db)
        #expect(
            second.stdout.contains(
                "imported 2 files: 555 readings of 2 stations — added 0, changed 0, unchanged 555, rejected 0"))
    }

    /// An import killed (SIGKILL) while its transaction is open leaves the database exactly as
    /// before it: the first file's rows, written while the second file is still on its way from a
    /// slow upstream, are not there afterwards.
    @Test func aKilledImportLeavesTheDatabaseAsBefore() throws {
        let db = try temporaryDirectory().appendingPathComponent("air.sqlite")
        #expect(try importing([sampleFile(14)], db: db).status == 0)
        let body = Array(try Data(contentsOf: URL(fileURLWithPath: sampleFile(16))))
        let slow = try TestHTTPServer(["/china_sites_20250116.csv": [TestHTTPResponse(status: 200, body: body, delay: .seconds(6))]])
        defer { slow.stop() }
        let killed = try CLI.spawn(
            [
                "import", "--db", db.path, "--format", "cnemc-archive", "--station-list",
                Self.sample.appendingPathComponent("stations.csv").path, sampleFile(15),
                slow.url("/china_sites_20250116.csv"),
            ], directory: db.deletingLastPathComponent())
        Thread.sleep(forTimeInterval: 2)
        #expect(slow.requests.count == 1)
        kill(killed.processIdentifier, SIGKILL)
        killed.waitUntilExit()
        #expect(killed.terminationReason == .uncaughtSignal)
        let after = try importing([sampleFile(14), sampleFile(15), sampleFile(16)], db: db)
        #expect(after.status == 0)
        let lines = after.stdout.split(separator: "\n")
        #expect(
            lines[1].hasSuffix("china_sites_20250114.csv: 275 readings — added 0, changed 0, unchanged 275, rejected 0")
        )
        #expect(
            lines[2].hasSuffix("china_sites_20250115.csv: 280 readings — added 280, changed 0, unchanged 0, rejected 0")
        )
    }

    /// Changing one value in a copy adds exactly one revision; bad rows are reported with their
    /// line and the good rows kept; nothing already stored changes.
    @Test func oneChangedValueIsOneRevisionAndBadRowsAreRejectedRowByRow() throws {
        let dir = try temporaryDirectory()
        let db = dir.appendingPathComponent("air.sqlite")
        #expect(try importing([sampleFile(15)], db: db).status == 0)
        var text = try String(contentsOfFile: sampleFile(15), encoding: .utf8)
        text = text.replacingOccurrences(of: "20250115,8,PM2.5,63,65", with: "20250115,8,PM2.5,63,70")
        text = text.replacingOccurrences(of: "20250115,9,SO2,19,12", with: "20250115,9,SO2,x9,12")
        let copy = dir.appendingPathComponent("china_sites_20250115.csv")
        try text.write(to: copy, atomically: true, encoding: .utf8)
        let r = try importing([copy.path], db: db)
        #expect(r.status == 0)
        #expect(r.stderr.contains("china_sites_20250115.csv:"))
        #expect(r.stderr.contains("china_sites_20250115.csv:142: error: column 2610A: \"x9\" is not a number"))
        #expect(
            r.stdout.contains("china_sites_20250115.csv: 278 readings — added 0, changed 1, unchanged 277, rejected 1"))
    }

    @Test func urlsAreFetchedOverHTTPAndFileURLs() throws {
        let body = try String(contentsOfFile: sampleFile(15), encoding: .utf8)
        let server = try TestHTTPServer(["/air/china_sites_20250115.csv": [.text(body)]])
        defer { server.stop() }
        let db = try temporaryDirectory().appendingPathComponent("air.sqlite")
        let r = try importing(
            [server.url("/air/china_sites_20250115.csv?token=SECRET123"), "file://" + sampleFile(16)], db: db)
        #expect(r.status == 0)
        #expect(r.stdout.contains("/air/china_sites_20250115.csv?token=***: 280 readings — added 280"))
        #expect(!r.stdout.contains("SECRET123") && !r.stderr.contains("SECRET123"))
        #expect(r.stdout.contains("imported 2 files:"))
        let missing = try importing([server.url("/nothing.csv")], db: db)
        #expect(missing.status == 2)
        #expect(missing.stderr.hasSuffix("/nothing.csv: HTTP 404 Not Found (not retried) — nothing was imported\n"))
    }

    /// Inputs are read ahead of the one being stored: a bad third file still stores nothing of
    /// the first two, and the error names it.
    @Test func aFileThatCannotBeReadAfterGoodOnesStoresNothing() throws {
        let dir = try temporaryDirectory()
        let db = dir.appendingPathComponent("air.sqlite")
        let missing = dir.appendingPathComponent("china_sites_20250117.csv").path
        let r = try importing([sampleFile(15), sampleFile(16), missing], db: db)
        #expect(r.status == 2)
        #expect(r.stderr == "error: \(missing): cannot read the file (does it exist?) — nothing was imported\n")
        let again = try importing([sampleFile(15), sampleFile(16)], db: db)
        #expect(
            again.stdout.contains(
                "imported 2 files: 557 readings of 2 stations — added 557, changed 0, unchanged 0, rejected 0"))
    }

    /// Issue 11 (9): `sed '1s/2611A/2610A/'` on a station file stored 2611A's readings under
    /// 2610A. The header is now an error naming the file, line and code, and nothing is stored.
    @Test func aStationNamedTwiceInTheHeaderStoresNothing() throws {
        let dir = try temporaryDirectory()
        let db = dir.appendingPathComponent("air.sqlite")
        let text = try String(contentsOfFile: sampleFile(15), encoding: .utf8)
        #expect(text.hasPrefix("date,hour,type,2610A,2611A\n"))
        let copy = dir.appendingPathComponent("china_sites_20250115.csv")
        try text.replacing("2611A\n", with: "2610A\n", maxReplacements: 1).write(
            to: copy, atomically: true, encoding: .utf8)
        let r = try importing([sampleFile(14), copy.path], db: db)
        #expect(r.status == 2)
        #expect(
            r.stderr
                == "\(copy.path):1: error: the header names 2610A twice (columns 4 and 5); each station or city "
                + "has one column — nothing was imported; fix or leave out this file\n")
        let again = try importing([sampleFile(14), sampleFile(15)], db: db)
        #expect(
            again.stdout.contains(
                "imported 2 files: 555 readings of 2 stations — added 555, changed 0, unchanged 0, rejected 0"))
    }

    /// Issue 11 (12): an import that stored nothing because every row was bad is a failure.
    @Test func anImportWhoseEveryRowIsRejectedExitsOneAndSaysNothingWasStored() throws {
        let dir = try temporaryDirectory()
        let db = dir.appendingPathComponent("air.sqlite")
        let file = dir.appendingPathComponent("logger.csv")
        try "station,time,pollutant,value,flag\n2610A,2025-01-15T08:00,PM2.5,abc,N\n2610A,2025-01-15T08:30,PM10,5,N\n"
            .write(to: file, atomically: true, encoding: .utf8)
        let r = try importing([file.path], db: db, format: "station-csv")
        #expect(r.status == 1)
        #expect(
            r.stderr == """
                \(file.path):2: error: value "abc" is not a number (PM2.5 in µg/m³, e.g. 36 or 0.6)
                \(file.path):3: error: time "2025-01-15T08:30" is not on the hour (an hourly value is labelled by the end of its hour, minutes 00)

                """)
        let summary = try #require(r.stdout.split(separator: "\n").last)
        #expect(
            summary.hasPrefix(
                "imported 1 file: 0 readings of 0 stations — added 0, changed 0, unchanged 0, rejected 2; QC: 0 flagged; "
                    + "nothing was stored: no row was accepted ("))
        // One good row is enough for success.
        try "station,time,pollutant,value,flag\n2610A,2025-01-15T08:00,PM2.5,abc,N\n2610A,2025-01-15T09:00,PM10,5,N\n"
            .write(to: file, atomically: true, encoding: .utf8)
        let some = try importing([file.path], db: db, format: "station-csv")
        #expect(some.status == 0)
        #expect(some.stdout.contains("— added 1, changed 0, unchanged 0, rejected 1; QC: 0 flagged ("))
    }

    /// Issue 11 (12): a 1 GB single-line file gave 1 GB of error output. A line past 1 MiB now
    /// refuses the file in one short message (5 MiB here keeps the test fast).
    @Test func aLineOverTheLimitIsRefusedInOneShortMessage() throws {
        let dir = try temporaryDirectory()
        let db = dir.appendingPathComponent("air.sqlite")
        let file = dir.appendingPathComponent("logger.csv")
        let line = "2610A,2025-01-15T08:00,PM2.5," + String(repeating: "1", count: 5 << 20) + ",N"
        try ("station,time,pollutant,value,flag\n" + line + "\n").write(to: file, atomically: true, encoding: .utf8)
        let r = try importing([file.path], db: db, format: "station-csv")
        #expect(r.status == 2)
        #expect(
            r.stderr
                == "\(file.path):2: error: the line is longer than 1 MiB (1,048,576 bytes), the limit for one "
                + "line; it begins \"2610A,2025-01-15T08:00,PM2.5,11111111111…\" — nothing was imported; fix or leave "
                + "out this file\n")
        #expect(r.stderr.utf8.count < 400)
    }

    /// A file whose first line runs past the limit is refused after reading the limit's worth,
    /// and a file past the size an import reads is refused before any of it is read (a sparse
    /// file: its size costs no disk).
    @Test func anOverlongHeaderAndAnOversizedFileAreRefusedBeforeTheyAreRead() throws {
        let dir = try temporaryDirectory()
        let db = dir.appendingPathComponent("air.sqlite")
        let header = dir.appendingPathComponent("china_sites_20250115.csv")
        try ("date,hour,type," + String(repeating: "1449A,", count: 400_000) + "\n").write(
            to: header, atomically: true, encoding: .utf8)
        let long = try importing([header.path], db: db)
        #expect(long.status == 2)
        #expect(
            long.stderr
                == "\(header.path):1: error: the line is longer than 1 MiB (1,048,576 bytes), the limit for one line; "
                + "it begins \"date,hour,type,1449A,1449A,1449A,1449A,1…\" — nothing was imported; fix or leave out this file\n")

        let huge = dir.appendingPathComponent("china_sites_20250116.csv")
        #expect(FileManager.default.createFile(atPath: huge.path, contents: nil))
        let handle = try FileHandle(forWritingTo: huge)
        try handle.truncate(atOffset: 600 << 20)
        try handle.close()
        let big = try importing([huge.path], db: db)
        #expect(big.status == 2)
        #expect(
            big.stderr
                == "error: \(huge.path): the file is 629,145,600 bytes, more than the 512 MiB an import reads at once; "
                + "split it (one file per day, as the archive has) — nothing was imported\n")
        try? FileManager.default.removeItem(at: huge)
    }

    @Test func anUnknownFormatIsAUsageError() throws {
        let db = try temporaryDirectory().appendingPathComponent("air.sqlite")
        let r = try importing([sampleFile(15)], db: db, format: "csv")
        #expect(r.status == 2)
        #expect(
            r.stderr == "error: --format: unknown format \"csv\" (expected cnemc-archive, openaq-v3 or station-csv)\n")
    }
}
