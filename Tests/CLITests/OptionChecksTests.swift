import Foundation
import Testing

/// The checks that need no file, store or network are made in each command's `validate()`: a
/// bad option is one line and exit 2 before the configuration is read (here it is broken, and
/// never reported), before the clock is announced and before any file is made.
@Suite struct OptionChecksTests {
    static let day = "2025-01-24T10:00"

    @Test(arguments: [
        (["aqi", "--batch", "--report", "weekly"], "--report: unknown report \"weekly\" (expected daily or realtime)"),
        (
            ["export", "--from", "2025-02-01", "--to", "2025-01-31"],
            "--from 2025-02-01 is after --to 2025-01-31 (swap the two days)"
        ),
        (
            ["export", "--from", "2025-01-01", "--to", "2025-01-31", "--format", "json", "--excel"],
            "--excel applies to CSV only (drop it, or use --format csv)"
        ),
        (
            ["export", "--from", "2025-01-01", "--to", "2025-01-31", "--format", "xml"],
            "--format: unknown format \"xml\" (expected csv, json or ndjson)"
        ),
        (
            ["export", "--from", "2025-01-01", "--to", "2025-01-31", "--level", "station", "--interval", "month"],
            "--level station --interval month is not offered: monthly values are assessed for cities (use --level city)"
        ),
        (["run", "--date", "yesterday"], "--date: \"yesterday\" is not a date (expected YYYY-MM-DD)"),
        (["run", "--catch-up", "400"], "--catch-up 400: give a number of days from 0 to 366"),
        (
            ["republish", "--date", "2025-01-14", "--reason", " "],
            "--reason: say why the day is republished (it is published with it)"
        ),
        (
            ["import", "--format", "openaq-v3", "--station", "26 10A", "page.json"],
            "--station: \"26 10A\" is not a station code"
        ),
        (
            ["notice", "list", "--status", "open"],
            "--status: unknown status \"open\" (expected scheduled, in-publicity, publicity-ended, published, withdrawn)"
        ),
        (["notice", "list", "--year", "25"], "--year: \"25\" is not a year (expected YYYY, e.g. 2025)"),
        (
            ["notice", "withdraw", "11532601MB0123456B/2025-00001", "--reason", "撤回", "--changed-on", "2025-02-30"],
            "--changed-on: \"2025-02-30\" is not a date (expected YYYY-MM-DD)"
        ),
        (["report", "annual", "--year", "20x5"], "--year: \"20x5\" is not a year (expected YYYY, e.g. 2025)"),
        (["run", "--area", "文山市"], "--area: \"文山市\" is not an area code (six digits, such as 532601)"),
        (
            ["republish", "--date", "2025-01-14", "--reason", "更正", "--area", "5326"],
            "--area: \"5326\" is not an area code (six digits, such as 532601)"
        ),
        (
            ["export", "--from", "2025-01-01", "--to", "2025-01-31", "--area", "../x"],
            "--area: \"../x\" is not an area code (six digits, such as 532601)"
        ),
        (
            ["notice", "list", "--area", "53260A"],
            "--area: \"53260A\" is not an area code (six digits, such as 532601)"
        ),
    ])
    func aBadOptionIsRefusedBeforeTheConfigurationIsRead(_ arguments: [String], _ message: String) throws {
        let bureau = try BureauDirectory()
        try bureau.write("airbulletin.toml", "[paths\n")
        let r = try bureau.run(arguments, at: Self.day)
        #expect(r.status == 2)
        #expect(r.stdout == "")
        #expect(r.stderr == "error: \(message)\n")
        #expect(!bureau.exists("var") && !bureau.exists("public"))
    }

    /// A notice's status may also be given as the label `notice list` prints.
    @Test func aStatusMayBeGivenByItsLabel() throws {
        let bureau = try NoticeCommandTests.published()
        let r = try bureau.run(["notice", "list", "--status", "公示中"], at: NoticeCommandTests.day)
        #expect(r.status == 0)
        #expect(r.stdout.contains("11532601MB0123456B/2025-00001  环评审批公示"))
        #expect(!r.stdout.contains("2025-00002"))
    }

    /// The options with a fixed set of values show them, and their default, in the help.
    @Test(arguments: [
        (["aqi"], "(values: auto, hj633-2026, hj633-2012, us-epa-2024; default: auto)"),
        (["aqi"], "(values: daily, realtime; default: daily)"),
        (["report", "daily"], "(values: auto, hj633-2026, hj633-2012, us-epa-2024; default: auto)"),
        (["export"], "(values: station, city; default: city)"),
        (["export"], "(values: hour, day, month; default: day)"),
        (["export"], "(values: csv, json, ndjson; default: csv)"),
        (["export"], "(values: current, all; default: current)"),
        (["import"], "(values: cnemc-archive, openaq-v3, station-csv)"),
        (["notice", "list"], "(values: scheduled, in-publicity, publicity-ended, published, withdrawn)"),
    ])
    func theHelpListsTheValues(_ command: [String], _ values: String) throws {
        let r = try CLI.run(command + ["--help"], environment: ["COLUMNS": "1000"])
        #expect(r.status == 0)
        #expect(r.stdout.contains(values), "\(r.stdout)")
    }
}
