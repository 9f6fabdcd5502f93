import AQI
import Fetch
import Formats
import Testing

/// Quality control over the real CNEMC data: clean-air runs are not marked; the stuck PM
/// analysers of the national files are (docs/adapters.md, Quality control).
@Suite(.enabled(if: SharedData.available, "needs ../shared/data/cnemc_hourly_2025"))
struct QualityControlRealDataTests {
    static func readings(_ files: [String]) throws -> [Reading] {
        try files.flatMap { try SharedData.table($0).readings(file: $0).readings }
    }

    @Test func theYunnanMonthHasNothingToMark() throws {
        let files = (1...31).map { "yunnan_sites/china_sites_202501\($0 < 10 ? "0" : "")\($0).csv" }
        let readings = try Self.readings(files)
        #expect(readings.count == 190_860)
        // 52 stations, 31 days: SO2 at 8–9 µg/m³ for up to 43 hours, CO at 0.5–0.8 mg/m³ for
        // up to 32, PM2.5 at 3 µg/m³ for up to 27: clean air, all below the floors.
        let (screened, report) = QualityControl.standard.screen(readings)
        #expect(report.summary == "QC: 0 flagged")
        #expect(screened == readings)
    }

    @Test func theStuckAnalysersOfTheNationalFilesAreMarked() throws {
        let readings = try Self.readings([
            "full_national/china_sites_20250101.csv", "full_national/china_sites_20250102.csv",
        ])
        #expect(readings.count == 469_729)
        let (screened, report) = QualityControl.standard.screen(readings)
        #expect(report.summary == "QC: 97 flagged (97 stuck)")
        #expect(report.details == ["stuck: 97 (PM10 61, PM2.5 36)"])
        // Six runs, each one station's PM value repeated while its other readings vary
        // (3404A's PM10 went 96 → 164 while its PM2.5 read 88 for 15 hours).
        var runs: [String: Int] = [:]
        for r in screened where r.flag == .stuck {
            runs["\(r.station) \(r.pollutant.label) \(r.value!)", default: 0] += 1
        }
        #expect(
            runs == [
                "2251A PM2.5 61": 21, "3404A PM2.5 88": 15, "1814A PM10 210": 21, "2246A PM10 134": 13,
                "2378A PM10 191": 13, "3058A PM10 28": 14,
            ])
    }
}
