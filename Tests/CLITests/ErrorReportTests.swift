import Foundation
import Testing

/// What a command throws is said once, by the root command (AirBulletin.exitCode(saying:)).
@Suite struct ErrorReportTests {
    /// A problem at a place in a file is `FILE:LINE: error: …`, with no `error: ` before it.
    @Test func aProblemInAFileIsPrintedOnceWithItsLine() throws {
        let bureau = try BureauDirectory()
        try bureau.write("list.csv", "code,name\n")
        let r = try bureau.run(
            ["report", "daily", "--station-list", "list.csv", "--city", "文山州", "china_sites_20250115.csv"],
            at: OptionChecksTests.day)
        #expect(r.status == 2)
        #expect(r.stdout == "")
        #expect(
            r.stderr == "list.csv:1: error: not a station list: the header must be 监测点编码,监测点名称,城市,经度,纬度[,对照点]\n")
    }

    /// A stations configuration with errors: every diagnostic, then what to do, exit 2.
    @Test func aBrokenStationsConfigurationIsEveryDiagnosticThenWhatToDo() throws {
        let bureau = try BureauDirectory()
        try bureau.write("stations/broken.toml", "[[area]]\ncode = \"x\"\n")
        let r = try bureau.run(
            ["export", "--from", "2025-01-01", "--to", "2025-01-31"], at: OptionChecksTests.day)
        #expect(r.status == 2)
        #expect(r.stdout == "")
        #expect(
            r.stderr.hasPrefix("\(bureau.path)/stations/broken.toml:1: error: missing key \"name\" in [[area]] #1\n"),
            "\(r.stderr)")
        #expect(r.stderr.hasSuffix("\nerror: fix the stations configuration first (airbulletin stations check)\n"))
    }
}
