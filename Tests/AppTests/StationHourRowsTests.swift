import AQI
import Formats
import Foundation
import Testing

@testable import App

/// The station × hour fast formatter escapes the rare awkward cell as the general writers do.
@Suite struct StationHourRowsTests {
    let hour = HourStamp(date: LocalDate(year: 2026, month: 3, day: 2), endingAt: 1)
    /// PM2.5 80.25 → 80 µg/m³: IAQI 100 + 50 × (80 − 60) / (115 − 60) = 118.2 → 119 (2026 table).
    let index = RealtimeEvaluator(standard: .hj633_2026).evaluate((9_000, 20_000, 600, 40_000, 60_000, 80_000))

    func row(csv: Bool, flags: String, values: [Concentration?]) -> String {
        var rows = StationHourRows(csv: csv, hours: hour...hour)
        let station = rows.stationCell(StationCode("2610A")!)
        let shared = rows.hour(hour)
        let m = values.map { $0?.milli ?? Int32.min }
        var out = ByteWriter()
        Array(flags.utf8).withUnsafeBufferPointer { flags in
            rows.append(
                station: station, hour: shared, index: index, milli: (m[0], m[1], m[2], m[3], m[4], m[5]),
                flags: flags, to: &out)
        }
        return out.withBytes { String(decoding: $0, as: UTF8.self) }
    }

    @Test func awkwardFlagsAreQuotedInCSVAndEscapedInJSON() {
        let values: [Concentration?] = [Concentration(milli: 9_000), nil, nil, nil, nil, Concentration(milli: 80_250)]
        let flags = "PM2.5:\"odd\",x"
        #expect(
            row(csv: true, flags: flags, values: values)
                == "2610A,2026-03-02T00:00:00+08:00,2026-03-02T01:00:00+08:00,119,3,PM2.5,9,,,,,80.25,\"PM2.5:\"\"odd\"\",x\",hj633-2026\n"
        )
        #expect(
            row(csv: false, flags: flags, values: values).hasSuffix(
                "\"pm2_5\":80.25,\"flags\":\"PM2.5:\\\"odd\\\",x\",\"standard\":\"hj633-2026\"}\n"))
    }

    @Test func emptyFlagsAreAnEmptyCellAndJSONNull() {
        let values = [Concentration?](repeating: nil, count: 6)
        #expect(row(csv: true, flags: "", values: values).hasSuffix(",,,,,,,hj633-2026\n"))
        #expect(
            row(csv: false, flags: "", values: values).hasSuffix(
                "\"pm2_5\":null,\"flags\":null,\"standard\":\"hj633-2026\"}\n"))
    }
}
