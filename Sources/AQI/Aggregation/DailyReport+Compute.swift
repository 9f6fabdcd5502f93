extension DailyReport {
    /// Computes the daily report of an area from its stations' hourly series.
    ///
    /// - Parameters:
    ///   - standard: the Chinese standard for the day (pick it with `Standard.inForce(on:)`).
    ///   - areaCoverage: the area's plan; a pollutant none of its stations monitors is "/".
    ///   - realtimePMRule: how the hourly curve treats PM under HJ 633—2012.
    public init(
        areaCode: String, areaName: String, date: LocalDate, standard: Standard,
        stations: [StationHours], areaCoverage: MonitoringCoverage,
        averaging: CityAveraging = .hourlyFirst, realtimePMRule: RealtimePMRule = .hourly
    ) {
        let set = ChinaIndicatorSet(standard: standard, report: .daily)
        let rows = stations.map {
            LocationDay(
                code: $0.code.rawValue, name: $0.name, isAssessment: $0.isAssessment, hours: $0.hours,
                set: set, coverage: $0.coverage)
        }
        let assessment = stations.filter(\.isAssessment)
        var cityHours: [Pollutant: PollutantHours] = [:]
        for p in Pollutant.allCases {
            let series = assessment.compactMap { $0.hours[p] }
            if !series.isEmpty { cityHours[p] = PollutantHours.cityMean(of: series) }
        }
        let area: LocationDay
        switch averaging {
        case .hourlyFirst:
            area = LocationDay(
                code: areaCode, name: areaName, isAssessment: true, hours: cityHours, set: set, coverage: areaCoverage)
        case .stationDailyFirst:
            area = DailyReport.meanOfStationDays(
                rows.filter(\.isAssessment), code: areaCode, name: areaName,
                cityHours: cityHours, set: set, coverage: areaCoverage)
        }
        self.areaCode = areaCode
        self.areaName = areaName
        self.date = date
        self.standard = standard
        self.area = area
        self.stations = rows.sorted { ($0.isAssessment ? 0 : 1, $0.code) < ($1.isAssessment ? 0 : 1, $1.code) }
        self.hourly = DailyReport.hourlyIndexes(
            cityHours, standard: standard, rule: realtimePMRule, coverage: areaCoverage)
        self.averaging = averaging
    }

    /// The real-time index for each hour 01时…24时 of the day (HJ 633—2026 §4.2.3).
    static func hourlyIndexes(
        _ hours: [Pollutant: PollutantHours], standard: Standard, rule: RealtimePMRule,
        coverage: MonitoringCoverage
    ) -> [ChinaIndex] {
        let set = ChinaIndicatorSet(standard: standard, report: .realtime, pmRule: rule)
        let keys = set.acceptedKeys
        return (PollutantHours.dayStart..<PollutantHours.slotCount).map { k in
            var values = [Indicator: ExactDecimal](minimumCapacity: keys.count)
            for indicator in keys {
                guard let series = hours[indicator.pollutant]?.slots else { continue }
                let value: Rational?
                switch indicator.period {
                case .oneHour: value = series[k]?.rational
                case .eightHour:
                    value = DailyStatistics.movingMean(
                        series, endingBefore: k + 1, length: 8,
                        minimum: ValidityRules.minimumHoursForEightHourMean)
                case .day:
                    value = DailyStatistics.movingMean(
                        series, endingBefore: k + 1, length: 24,
                        minimum: ValidityRules.minimumHoursForDailyMean)
                }
                if let value {
                    values[indicator] = value.rounded(toDecimals: indicator.pollutant.reportDecimals, .halfEven)
                }
            }
            return ChinaIndex(set, values: values, roundInputs: false, coverage: coverage)
        }
    }

    /// The alternative averaging: each indicator is the mean of the stations' valid daily values.
    static func meanOfStationDays(
        _ rows: [LocationDay], code: String, name: String, cityHours: [Pollutant: PollutantHours],
        set: ChinaIndicatorSet, coverage: MonitoringCoverage
    ) -> LocationDay {
        var statistics: [IndicatorStatistic] = []
        var values: [Indicator: ExactDecimal] = [:]
        for indicator in set.indicators {
            let stationValues = rows.compactMap { $0.statistic(indicator)?.value }
            let hours = cityHours[indicator.pollutant]?.validHoursOfDay ?? 0
            let stat: IndicatorStatistic
            if coverage.notMonitored.contains(indicator.pollutant) {
                stat = IndicatorStatistic(
                    indicator: indicator, value: nil, validHours: 0, validWindows: nil, invalidReason: .notMonitored)
            } else if stationValues.isEmpty {
                let reason = rows.compactMap { $0.statistic(indicator)?.invalidReason }.first ?? .noData
                stat = IndicatorStatistic(
                    indicator: indicator, value: nil, validHours: hours, validWindows: nil, invalidReason: reason)
            } else {
                let mean = stationValues.reduce(Rational.zero, +) / stationValues.count
                stat = IndicatorStatistic(
                    indicator: indicator, value: mean, validHours: hours, validWindows: nil, invalidReason: nil)
            }
            statistics.append(stat)
            if let r = stat.rounded { values[indicator] = r }
        }
        return LocationDay(
            code: code, name: name, isAssessment: true, statistics: statistics,
            index: ChinaIndex(set, values: values, roundInputs: false, coverage: coverage))
    }
}
