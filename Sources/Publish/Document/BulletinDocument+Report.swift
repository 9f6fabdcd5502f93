import AQI
import Identity

extension BulletinDocument {
    /// The snapshot of a computed daily report, as one revision publishes it.
    public init(report: DailyReport, area: BulletinArea, issuer: Issuer, revision: RevisionInfo) {
        self.init(
            area: area, issuer: issuer, date: report.date, standard: report.standard, averaging: report.averaging,
            revision: revision, city: BulletinLocation(report.area),
            stations: report.stations.map(BulletinLocation.init),
            hourly: report.hourly.enumerated().map { k, index in
                BulletinHour(hour: k + 1, aqi: index.aqi, primaryPollutants: index.primaryPollutants)
            })
    }
}

extension BulletinLocation {
    /// The published row of a computed location-day.
    public init(_ day: LocationDay) {
        let index = day.index
        self.init(
            code: day.code, name: day.name, isAssessment: day.isAssessment, aqi: index.aqi,
            aqiComputed: index.aqiComputed, primaryIndicators: index.primaryIndicators, iaqiOver100: index.iaqiOver100,
            missingIndicators: index.missingIndicators, rulesApplied: index.rulesApplied.map(\.text),
            indicators: day.statistics.map { s in
                BulletinIndicator(
                    indicator: s.indicator, exact: s.value, concentration: s.rounded, iaqi: index.iaqi[s.indicator],
                    validHours: s.validHours, validWindows: s.validWindows, invalidReason: s.invalidReason)
            })
    }
}

extension DaySummary {
    /// What monthly and annual statistics need of a published bulletin: the statistics come
    /// from the document's exact values, never from readings.
    public init(_ document: BulletinDocument) {
        var values: [Pollutant: Rational] = [:]
        for i in document.city.indicators where i.indicator != .o3_1h {
            if let v = i.exact { values[i.indicator.pollutant] = v }
        }
        self.init(
            date: document.date, standard: document.standard, aqi: document.city.aqi,
            primaryPollutants: document.city.primaryPollutants, monitored: document.city.monitored, values: values)
    }
}
