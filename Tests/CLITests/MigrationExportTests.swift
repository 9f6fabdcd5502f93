import Foundation
import Testing

/// A database written by main before one row per station-hour (StoreTests'
/// `Fixtures/main-2026-12-06`) exports, once upgraded, exactly the bytes that main exported from it.
@Suite struct MigrationExportTests {
    static let fixtures = CLI.packageRoot.appendingPathComponent("Tests/StoreTests/Fixtures/main-2026-12-06")

    @Test(arguments: [(["--revisions", "all"], "revisions-before.csv"), ([], "hours-before.csv")])
    func theUpgradedDatabaseExportsWhatTheOldOneDid(options: [String], expected: String) throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("migrate-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let db = directory.appendingPathComponent("old.sqlite").path
        try FileManager.default.copyItem(atPath: Self.fixtures.appendingPathComponent("airbulletin.sqlite").path, toPath: db)
        let out = directory.appendingPathComponent("out.csv").path
        let result = try CLI.run(
            ["export", "--db", db, "--level", "station", "--interval", "hour", "--from", "2025-01-01", "--to",
             "2025-01-03", "--out", out] + options)
        #expect(result.status == 0, "\(result.stderr)")
        // Not a terminal: one line when the upgrade starts, one when it is done.
        let upgrade = "upgrading the database \(db) (2026-12-07-1-station-hours): 568 readings"
        #expect(result.stderr.hasPrefix("\(upgrade)…\n\(upgrade): done\n"), "\(result.stderr)")
        let exported = try String(contentsOfFile: out, encoding: .utf8)
        let before = try String(contentsOf: Self.fixtures.appendingPathComponent(expected), encoding: .utf8)
        #expect(exported == before)
    }
}
