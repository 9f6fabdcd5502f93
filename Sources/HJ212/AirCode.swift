import AQI

/// The air pollutant codes of HJ 212—2017 Appendix B (HJ 524 codes), those the AQI uses.
public enum AirCode {
    /// `a05024` O3; `a0502401` is read as O3's 1-h value as some loggers send it. `a0502408` (the
    /// 8-h moving mean) is derived and not an hourly value, so like every other code it is kept
    /// out and counted. (The 2025 edition's list of these suffixes could not be checked here.)
    public static func pollutant(_ code: String) -> Pollutant? {
        switch code {
        case "a34004": .pm2_5
        case "a34002": .pm10
        case "a21026": .so2
        case "a21004": .no2
        case "a21005": .co
        case "a05024", "a0502401": .o3
        default: nil
        }
    }
}

extension ReadingFlag {
    /// HJ 212—2017 Appendix (数据标记): N 正常, F 停运, M 维护, S 手工输入, D 故障, C 校准,
    /// T 超测上限, B 通讯异常. Any other letter is not a data flag.
    public init?(hj212 text: String) {
        guard text.count == 1, let flag = ReadingFlag(rawValue: text), !flag.rawValue.hasPrefix("QC") else {
            return nil
        }
        self = flag
    }
}
