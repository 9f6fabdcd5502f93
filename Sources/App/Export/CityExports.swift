import AQI
import Publish
import Store

/// City × hour rows: each area's hourly concentrations (the mean of its assessment stations)
/// and real-time AQI, computed day by day from the readings.
struct CityHourExport {
    static let columns = [
        "area", "period_start", "period_end", "aqi", "level", "primary_pollutants",
        "so2", "no2", "co", "o3", "pm10", "pm2_5", "standard",
    ]

    let source: any ReadingsExportSource
    let areas: [AreaContext]

    func write(_ request: HistoryExport.Request, to sink: ExportSink) throws {
        let computation = DayComputation(source: source)
        for area in areas {
            for n in request.from.dayNumber...request.to.dayNumber {
                let day = LocalDate(dayNumber: n)
                let computed = try computation.compute(area, day: day)
                guard computed.hasData else { continue }
                for (k, index) in computed.report.hourly.enumerated() {
                    let hour = HourStamp.firstHour(of: day).adding(hours: k)
                    let values = index.indicatorSet.indicators.map { index.concentrations[$0]?.description }
                    try sink.write(
                        [
                            area.code.rawValue, hour.startISO, hour.endISO, index.aqi.map(String.init),
                            index.level.map { String($0.number) }, index.primaryPollutants.map(HistoryExport.primary),
                        ]
                            + values + [index.standard.id],
                        numeric: [3, 4, 6, 7, 8, 9, 10, 11])
                }
            }
        }
    }
}

/// City × day rows: the published bulletins (latest revision of each day), exactly as
/// `history.csv` has them, so an export always matches what was published.
struct CityDayExport {
    let source: any ReadingsExportSource
    let areas: [AreaContext]

    func write(_ request: HistoryExport.Request, to sink: ExportSink) throws {
        for area in areas {
            for json in try source.latestBulletinDocuments(area: area.code, from: request.from, to: request.to) {
                let document = try BulletinDocument.decode(json: json)
                try sink.write(HistoryCSV.row(document), numeric: CityDayColumns.numeric.union([27]))  // plus `revision`
            }
        }
    }
}

/// City × month rows: the monthly statistics of the published bulletins (the bureau's monthly
/// post: days, levels, 优良天数比例, SO2/NO2/PM10/PM2.5 means, CO 95th and O3 90th percentiles,
/// the composite index).
struct CityMonthExport {
    static let columns = [
        "area", "month", "days_monitored", "days_valid", "days_level_1", "days_level_2",
        "days_level_3", "days_level_4", "days_level_5", "days_level_6", "good_days", "good_rate",
        "so2", "no2", "pm10", "pm2_5", "co_p95", "o3_8h_p90", "composite_index", "complete",
    ]

    let source: any ReadingsExportSource
    let areas: [AreaContext]

    func write(_ request: HistoryExport.Request, to sink: ExportSink) throws {
        for area in areas {
            let first = request.from.firstOfMonth
            let last = request.to.lastOfMonth
            let days = try source.latestBulletinDocuments(area: area.code, from: first, to: last).map {
                DaySummary(try BulletinDocument.decode(json: $0))
            }
            var month = first
            while month <= last {
                let s = PeriodStatistics(first: month, last: month.lastOfMonth, days: days)
                if s.daysMonitored > 0 {
                    func value(_ v: PeriodValue?, _ decimals: Int) -> String? {
                        v?.value.rounded(toDecimals: decimals, .halfEven).description
                    }
                    let complete = [Pollutant.so2, .no2, .pm10, .pm2_5].allSatisfy { s.means[$0]?.isComplete ?? false }
                    try sink.write(
                        [
                            area.code.rawValue, String(month.description.prefix(7)), String(s.daysMonitored),
                            String(s.daysValid),
                        ]
                            + s.daysPerLevel.map(String.init)
                            + [
                                String(s.goodDays),
                                s.goodRate.map { ($0 * Rational(100)).rounded(toDecimals: 1, .halfEven).description },
                                value(s.means[.so2], 0), value(s.means[.no2], 0), value(s.means[.pm10], 0),
                                value(s.means[.pm2_5], 0),
                                value(s.coPercentile95, 1), value(s.o3Percentile90, 0),
                                s.compositeIndex.map { $0.value.rounded(toDecimals: 2, .halfEven).description },
                                complete ? "true" : "false",
                            ],
                        numeric: Set(2...18))
                }
                month = month.lastOfMonth.adding(days: 1)
            }
        }
    }
}
