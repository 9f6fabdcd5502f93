import AQI

/// One indicator of the area: concentration and IAQI, "NA" or "/" with the reason (HJ 633—2026
/// Tables 4–5 notes).
struct IndicatorRow: Sendable {
    let rowName: String
    let rowConcentration: String
    let rowUnit: String
    let rowIAQI: String
    let rowValid: String
    /// Why the value is NA or "/"; nil when it is valid.
    let rowReason: String?
    /// The reason as a line under the row: "PM2.5 日平均：…".
    let rowReasonLine: String?

    init(_ i: BulletinIndicator, _ language: Language) {
        let zh = language == .chinese
        let absent = i.isNotMonitored ? "/" : "NA"
        rowName = Wording.indicatorName(i.indicator, language)
        rowConcentration = i.concentration?.description ?? absent
        rowUnit = i.indicator.pollutant.unit
        rowIAQI = i.iaqi.map(String.init) ?? absent
        if i.isNotMonitored {
            rowValid = "/"
        } else if let windows = i.validWindows {
            rowValid = zh ? "\(i.validHours)/24，8小时值 \(windows)/17" : "\(i.validHours)/24; 8-h means \(windows)/17"
        } else {
            rowValid = "\(i.validHours)/24"
        }
        let reason = i.invalidReason.map { Wording.reason($0, language) }
        let name = Wording.indicatorName(i.indicator, language)
        rowReason = reason
        rowReasonLine = reason.map { "\(name)\(zh ? "：" : ": ")\($0)" }
    }
}

/// One hour of the real-time curve, for the table behind the chart.
struct HourRow: Sendable {
    let hourLabel: String
    let hourAQI: String
    let hourCategory: String
    let hourSwatch: String?
    let hourPrimary: String

    init(_ h: BulletinHour, _ language: Language) {
        hourLabel = HourlyChart.hourLabel(h.hour, language)
        hourAQI = h.aqi.map(String.init) ?? "NA"
        hourCategory = h.level.map { Wording.category($0, language) } ?? "NA"
        hourSwatch = h.level?.hex
        hourPrimary =
            h.primaryPollutants.map {
                $0.isEmpty ? "—" : Wording.pollutants($0, language)
            } ?? "NA"
    }
}

/// One station's row: AQI, level, category, primary pollutants, valid hours.
struct StationRow: Sendable {
    let stationName: String
    let stationCode: String
    let stationKind: String?
    let stationAQI: String
    let stationLevel: String
    let stationCategory: String
    let stationSwatch: String?
    let stationPrimary: String
    let stationValid: String

    init(_ s: BulletinLocation, _ language: Language, labels: BulletinLabels) {
        stationName = s.name
        stationCode = s.code
        stationKind = s.isAssessment ? nil : labels.controlStation
        stationAQI = s.aqi.map(String.init) ?? "NA"
        stationLevel = s.level.map { Wording.levelName($0, language) } ?? "NA"
        stationCategory = s.level.map { Wording.category($0, language) } ?? "NA"
        stationSwatch = s.level?.hex
        stationPrimary =
            s.primaryPollutants.map {
                $0.isEmpty ? "—" : Wording.pollutants($0, language)
            } ?? "NA"
        stationValid = "\(s.validHours)/24"
    }
}

/// One revision of the day in the list of links.
struct RevisionRow: Sendable {
    let revisionLabel: String
    /// Nil for the revision this page shows.
    let revisionHref: String?
    let revisionTime: String
    let revisionNote: String?

    init(_ r: RevisionInfo, date: LocalDate, language: Language, latest: Int, shown: Int) {
        let zh = language == .chinese
        revisionLabel =
            (zh ? "第\(r.number)版" : "Revision \(r.number)") + (r.number == latest ? (zh ? "（最新）" : " (current)") : "")
        let path =
            r.number == latest
            ? SitePaths.dayPage(date, language) : SitePaths.revisionPage(date, revision: r.number, language)
        revisionHref = r.number == shown ? nil : SitePaths.fileName(path)
        revisionTime = r.publishedAt.chinaMinuteText
        revisionNote = r.reason
    }
}
