import AQI
import App
import ArgumentParser
import Disclosure
import Fetch
import Identity

// The values of the options with a fixed set of values or a format of their own, as the commands
// take them (`@Option var standard: Parsed<StandardChoice>`), each with the sentence that refuses
// any other text. The types live in the modules that use them; how the command line spells them
// is the CLI's concern, so their conformances are here.

// MARK: - Standards and reports (aqi, report daily)

extension StandardChoice: CheckedArgument {
    public init?(argument: String) { self.init(name: argument) }

    public static var allValueStrings: [String] { ["auto"] + Standard.allCases.map(\.id) }

    public var defaultValueDescription: String {
        switch self {
        case .auto: "auto"
        case .fixed(let standard): standard.id
        }
    }

    static func refusal(of text: String, for option: String) -> String {
        "\(option): unknown standard \"\(text)\" (expected \(StandardChoice.names))"
    }
}

extension ReportKind: CheckedArgument {
    public static var allValueStrings: [String] { [ReportKind.daily, .realtime].map(\.rawValue) }

    static func refusal(of text: String, for option: String) -> String {
        "\(option): unknown report \"\(text)\" (expected daily or realtime)"
    }
}

// MARK: - Days and years

extension LocalDate: CheckedArgument {
    public init?(argument: String) { self.init(iso: argument) }

    public var defaultValueDescription: String { description }

    static func refusal(of text: String, for option: String) -> String {
        "\(option): \"\(text)\" is not a date (expected YYYY-MM-DD)"
    }
}

/// `--year 2025`: the year of a report or of the notices listed.
struct Year: CheckedArgument, Sendable {
    let number: Int

    init?(argument: String) {
        guard argument.count == 4, let number = Int(argument), (2000...2100).contains(number) else { return nil }
        self.number = number
    }

    var defaultValueDescription: String { String(number) }

    static func refusal(of text: String, for option: String) -> String {
        "\(option): \"\(text)\" is not a year (expected YYYY, e.g. 2025)"
    }
}

// MARK: - Import

extension SourceFormat: CheckedArgument {
    /// `hj212` is a source's adapter, not a file format: its stations push to `receive`.
    public init?(argument: String) {
        guard let format = SourceFormat(rawValue: argument), format != .hj212 else { return nil }
        self = format
    }

    public static var allValueStrings: [String] { allCases.filter { $0 != .hj212 }.map(\.rawValue) }

    static func refusal(of text: String, for option: String) -> String {
        "\(option): unknown format \"\(text)\" (expected cnemc-archive, openaq-v3 or station-csv)"
    }
}

extension StationCode: CheckedArgument {
    public init?(argument: String) { self.init(argument) }

    public var defaultValueDescription: String { rawValue }

    static func refusal(of text: String, for option: String) -> String {
        "\(option): \"\(text)\" is not a station code"
    }
}

extension AreaCode: CheckedArgument {
    public init?(argument: String) { self.init(argument) }

    public var defaultValueDescription: String { rawValue }

    static func refusal(of text: String, for option: String) -> String {
        "\(option): " + AreaCode.refusal(of: text)
    }
}

// MARK: - Export

extension HistoryExport.Format: CheckedArgument {
    static func refusal(of text: String, for option: String) -> String {
        "\(option): unknown format \"\(text)\" (expected csv, json or ndjson)"
    }
}

extension HistoryExport.Level: CheckedArgument {
    static func refusal(of text: String, for option: String) -> String {
        "\(option): expected station or city, found \"\(text)\""
    }
}

extension HistoryExport.Interval: CheckedArgument {
    static func refusal(of text: String, for option: String) -> String {
        "\(option): expected hour, day or month, found \"\(text)\""
    }
}

// MARK: - Notices

extension NoticeStatus: CheckedArgument {
    /// The option's name for the status (`withdrawn`), or the label `notice list` prints (`已撤回`).
    public init?(argument: String) {
        guard let status = Self.allCases.first(where: { $0.name == argument || $0.label == argument }) else {
            return nil
        }
        self = status
    }

    public static var allValueStrings: [String] { allCases.map(\.name) }

    public var defaultValueDescription: String { name }

    static func refusal(of text: String, for option: String) -> String {
        "\(option): unknown status \"\(text)\" (expected \(allValueStrings.joined(separator: ", ")))"
    }
}

// MARK: - Receive

extension ListenAddress: CheckedArgument {
    public init?(argument: String) { self.init(argument) }

    public var defaultValueDescription: String { description }
    // `refusal(of:for:)` is ListenAddress's own: the configuration's "listen" says the same.
}
