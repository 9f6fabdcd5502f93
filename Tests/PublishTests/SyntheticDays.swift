import AQI
import Publish

/// Synthetic days computed by the AQI core: the same PM2.5 of 70 µg/m³ under both standards,
/// and HJ 633—2026 days with flagged, missing and unmonitored data.
enum SyntheticDays {
    /// A station's hours of day D: `values[i]` at hour i+1 with flag N; nil hours carry `flag`
    /// (no reading at all when `flag` is nil).
    static func hours(_ values: [Double?], flag: ReadingFlag? = nil) -> PollutantHours {
        var observations = [Observation](repeating: .absent, count: PollutantHours.slotCount)
        for (i, v) in values.enumerated() {
            if let v {
                observations[PollutantHours.dayStart + i] = Observation(
                    value: Concentration(milli: Int32((v * 1000).rounded())), flag: .normal)
            } else if let flag {
                observations[PollutantHours.dayStart + i] = Observation(value: nil, flag: flag)
            }
        }
        return PollutantHours(observations: observations)
    }

    static func constant(_ v: Double) -> PollutantHours { hours(Array(repeating: v, count: 24)) }

    /// One assessment station with constant PM2.5 and PM10 (SO2 6, NO2 22, CO 0.7, O3 84); PM2.5
    /// nil is an instrument fault all day.
    static func station(_ code: String, pm2_5: Double?, pm10: Double) -> StationHours {
        var hours = station(pm2_5: pm2_5 ?? 0)
        hours[.pm10] = constant(pm10)
        if pm2_5 == nil { hours[.pm2_5] = self.hours(Array(repeating: nil, count: 24), flag: .fault) }
        return StationHours(code: StationCode(code)!, name: "\(code) 站", isAssessment: true, hours: hours)
    }

    /// Six pollutants, constant over the day; PM2.5 as given.
    static func station(pm2_5: Double) -> [Pollutant: PollutantHours] {
        [
            .so2: constant(6), .no2: constant(22), .co: constant(0.7), .o3: constant(84), .pm10: constant(88),
            .pm2_5: constant(pm2_5),
        ]
    }

    static func report(
        _ date: LocalDate, stations: [StationHours], coverage: MonitoringCoverage = .full,
        area: BulletinArea = SampleBulletins.area
    ) -> DailyReport {
        DailyReport(
            areaCode: area.code.rawValue, areaName: area.name, date: date,
            standard: Standard.inForce(on: date), stations: stations, areaCoverage: coverage)
    }

    /// PM2.5 70 at both stations, on a 2012 day or a 2026 day.
    static func pm70(on date: LocalDate) -> DailyReport {
        report(
            date,
            stations: [
                StationHours(code: StationCode("2610A")!, name: "州水务局", isAssessment: true, hours: station(pm2_5: 70)),
                StationHours(
                    code: StationCode("2611A")!, name: "市便民服务中心", isAssessment: true, hours: station(pm2_5: 70)),
            ])
    }

    static let march15 = LocalDate(year: 2026, month: 3, day: 15)
    static let march16 = LocalDate(year: 2026, month: 3, day: 16)

    /// 2026-03-15: PM2.5 70 (轻度污染 under HJ 633—2026); 2611A's PM10 in maintenance (M) for 10
    /// hours, so its PM10 is NA; and a control station.
    static func march15Report() -> DailyReport {
        var b = station(pm2_5: 70)
        b[.pm10] = hours(Array(repeating: 90, count: 14) + Array(repeating: nil, count: 10), flag: .maintenance)
        return report(
            march15,
            stations: [
                StationHours(code: StationCode("2610A")!, name: "州水务局", isAssessment: true, hours: station(pm2_5: 70)),
                StationHours(code: StationCode("2611A")!, name: "市便民服务中心", isAssessment: true, hours: b),
                StationHours(
                    code: StationCode("2612A")!, name: "示例对照站", isAssessment: false, hours: station(pm2_5: 20)),
            ])
    }

    /// 2026-03-16: PM2.5 missing (instrument fault all day) and the rest ≤ 100, so the AQI is NA
    /// (HJ 633—2026 §5.3.1); hours 13–24 have no PM2.5, so the real-time curve has gaps.
    static func march16Report() -> DailyReport {
        var a = station(pm2_5: 30)
        a[.pm2_5] = hours(Array(repeating: 30, count: 12) + Array(repeating: nil, count: 12), flag: .fault)
        return report(
            march16,
            stations: [StationHours(code: StationCode("2610A")!, name: "州水务局", isAssessment: true, hours: a)])
    }
}
