import AQI

/// The words the renderers share: standards, indicators, reasons for NA, dates and times, in
/// Chinese (the official wording of HJ 633) or English.
enum Wording {
    /// The standard's full name (HJ 633—2026 §5.1: each bulletin names the standard).
    static func standardName(_ standard: Standard, _ language: Language) -> String {
        switch (standard, language) {
        case (_, .chinese): standard.displayName
        case (.hj633_2026, .english): "HJ 633—2026 Technical Regulation on Ambient Air Quality Index (AQI)"
        case (.hj633_2012, .english): "HJ 633—2012 Technical Regulation on Ambient Air Quality Index (on trial)"
        case (.usEPA2024, .english): standard.displayName
        }
    }

    /// The column heading of an indicator (HJ 633—2026 Tables 4–5).
    static func indicatorName(_ indicator: Indicator, _ language: Language) -> String {
        guard language == .english else { return indicator.chineseColumnName }
        switch indicator {
        case .o3_8h: return "O3 daily max 8-h mean"
        case .o3_1h: return "O3 daily max 1-h mean"
        default:
            switch indicator.period {
            case .day: return "\(indicator.pollutant.label) 24-h mean"
            case .oneHour: return "\(indicator.pollutant.label) 1-h mean"
            case .eightHour: return "\(indicator.pollutant.label) 8-h mean"
            }
        }
    }

    /// Why an indicator is NA or "/", as the bulletin states it (HJ 633—2026 §5.1: missing
    /// indicators are named; peers §3.4: say why).
    static func reason(_ reason: InvalidReason, _ language: Language) -> String {
        let zh = language == .chinese
        switch reason {
        case .notMonitored:
            return zh ? "未纳入监测方案" : "not in the monitoring plan"
        case .noData:
            return zh ? "无监测数据" : "no data"
        case .tooFewHours(let valid, let required, _):
            var text =
                zh
                ? "有效小时数不足（\(valid)/24，至少需\(required)小时）"
                : "too few valid hours (\(valid)/24, \(required) needed)"
            if let (flag, hours) = reason.dominantFlag {
                text +=
                    zh
                    ? "，主要因\(flagName(flag, .chinese))\(hours)小时" : "; mostly \(flagName(flag, .english)), \(hours) h"
            }
            return text
        case .tooFewWindows(let valid, let required):
            return zh
                ? "有效8小时平均值不足（\(valid)/17，至少需\(required)个）"
                : "too few valid 8-h means (\(valid)/17, \(required) needed)"
        }
    }

    /// A flag as a reason: "维护（M）", "maintenance (M)"; QC marks without their code.
    static func flagName(_ flag: ReadingFlag, _ language: Language) -> String {
        let text = language == .chinese ? flag.chineseReason : flag.englishReason
        guard flag.rawValue.count == 1 else { return text }
        return language == .chinese ? "\(text)（\(flag.rawValue)）" : "\(text) (\(flag.rawValue))"
    }

    static func category(_ level: AirQualityLevel, _ language: Language) -> String {
        language == .chinese ? level.category : level.englishCategory
    }

    static func levelName(_ level: AirQualityLevel, _ language: Language) -> String {
        language == .chinese ? level.name : "Level \(level.number)"
    }

    static func colorName(_ level: AirQualityLevel, _ language: Language) -> String {
        language == .chinese ? level.colorName : level.englishColorName
    }

    /// Pollutant labels joined for reading: "PM2.5、PM10" / "PM2.5, PM10".
    static func pollutants(_ pollutants: [Pollutant], _ language: Language) -> String {
        pollutants.map(\.label).joined(separator: language == .chinese ? "、" : ", ")
    }

    static func indicators(_ indicators: [Indicator], _ language: Language) -> String {
        indicators.map { indicatorName($0, language) }.joined(separator: language == .chinese ? "、" : ", ")
    }

    static let englishMonths = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]

    /// "2025年1月15日" / "15 January 2025"
    static func date(_ date: LocalDate, _ language: Language) -> String {
        language == .chinese ? date.chinese : "\(date.day) \(englishMonths[date.month - 1]) \(date.year)"
    }

    /// "2025年1月" / "January 2025"
    static func month(year: Int, month: Int, _ language: Language) -> String {
        language == .chinese ? "\(year)年\(month)月" : "\(englishMonths[month - 1]) \(year)"
    }
}
