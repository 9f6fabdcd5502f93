/// The state of one hourly value: the HJ 212-2017 data flags (peers-and-disclosure.md §1.4)
/// plus the quality-control marks set at ingest. Only `.normal` counts toward averages
/// (GB 3095—2026 §6.4: every valid value, and only valid values, are used).
public enum ReadingFlag: String, Sendable, Hashable, Codable, CaseIterable {
    case normal = "N"
    case stopped = "F"
    case maintenance = "M"
    case manual = "S"
    case fault = "D"
    case calibration = "C"
    case overRange = "T"
    case communication = "B"
    /// Set at ingest: a negative or impossible value.
    case impossible = "QC-IMPOSSIBLE"
    /// Set at ingest: an upstream sentinel such as −999.
    case sentinel = "QC-SENTINEL"
    /// Set at ingest: PM2.5 above PM10 in the same hour at the same station.
    case pm25AbovePM10 = "QC-PM25>PM10"
    /// Set at ingest: the same value for many hours in a row.
    case stuck = "QC-STUCK"

    public var isValid: Bool { self == .normal }

    /// Why the value does not count, in Chinese, for the bulletin's NA notes.
    public var chineseReason: String {
        switch self {
        case .normal: "正常"
        case .stopped: "停运"
        case .maintenance: "维护"
        case .manual: "手工输入"
        case .fault: "故障"
        case .calibration: "校准"
        case .overRange: "超测量上限"
        case .communication: "通讯异常"
        case .impossible: "数值异常（负值或超出可能范围）"
        case .sentinel: "缺测标记值"
        case .pm25AbovePM10: "PM2.5 高于 PM10"
        case .stuck: "数值长时间不变"
        }
    }

    public var englishReason: String {
        switch self {
        case .normal: "normal"
        case .stopped: "station stopped"
        case .maintenance: "maintenance"
        case .manual: "manually entered"
        case .fault: "instrument fault"
        case .calibration: "calibration"
        case .overRange: "above measuring range"
        case .communication: "communication failure"
        case .impossible: "negative or impossible value"
        case .sentinel: "missing-value sentinel"
        case .pm25AbovePM10: "PM2.5 above PM10"
        case .stuck: "value stuck for many hours"
        }
    }
}
