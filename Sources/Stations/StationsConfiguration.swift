import AQI
import Formats
import Identity

/// The stations configuration: every area of every `stations/*.toml` file, files in name
/// order, areas and stations in document order.
public struct StationsConfiguration: Sendable {
    /// One file as read.
    public struct File: Sendable {
        /// As diagnostics name it (`stations/wenshan.toml`).
        public let path: String
        public let areas: [AreaConfig]
    }

    /// A stations file's text, with the directory its relative paths start from.
    public struct Document: Sendable {
        public let path: String
        public let directory: String
        public let text: String

        public init(path: String, directory: String, text: String) {
            self.path = path
            self.directory = directory
            self.text = text
        }
    }

    /// The files and the areas read from them. An area with an error in its own keys is left
    /// out; while any error remains, the configuration must not be used (exit 2).
    public let files: [File]

    public var areas: [AreaConfig] { files.flatMap(\.areas) }

    /// Each station once (a station may belong to several areas), in first-seen order.
    public var stations: [StationConfig] {
        var seen: Set<StationCode> = []
        return areas.flatMap(\.stations).filter { seen.insert($0.code).inserted }
    }

    public func area(_ code: AreaCode) -> AreaConfig? { areas.first { $0.code == code } }

    /// Reads the documents and checks them together: an area code defined twice, a station
    /// listed twice in one area or defined differently in two. Diagnostics come sorted by
    /// file, then line.
    ///
    /// - Parameters:
    ///   - environment: the run's environment; a credential's variable must be set in it.
    ///   - fileExists: whether a path names a file (for `ca_bundle`).
    public static func read(
        _ documents: [Document], environment: [String: String], fileExists: @escaping (String) -> Bool
    ) -> (configuration: StationsConfiguration, diagnostics: [Diagnostic]) {
        let collector = DiagnosticCollector()
        var files: [File] = []
        var drafts: [AreaFileReader.AreaDraft] = []
        for document in documents {
            var fileDrafts: [AreaFileReader.AreaDraft] = []
            do {
                let toml = try TOMLFile(text: document.text, file: document.path)
                let reader = AreaFileReader(
                    directory: document.directory, environment: environment, fileExists: fileExists,
                    diagnostics: collector)
                fileDrafts = reader.read(TOMLTableReader(document: toml, diagnostics: collector))
            } catch {
                collector.add(error)
            }
            files.append(File(path: document.path, areas: fileDrafts.compactMap(\.area)))
            drafts += fileDrafts
        }
        let all = collector.items + crossCheck(drafts)
        let order = Dictionary(documents.enumerated().map { ($1.path, $0) }, uniquingKeysWith: { a, _ in a })
        let sorted = all.enumerated().sorted { a, b in
            (order[a.element.file] ?? -1, a.element.line ?? 0, a.offset)
                < (order[b.element.file] ?? -1, b.element.line ?? 0, b.offset)
        }
        return (StationsConfiguration(files: files), sorted.map(\.element))
    }

    /// Problems no single area shows: HJ 663 assesses a city on one set of stations, so an
    /// area is defined once and a station shared by areas has one definition.
    static func crossCheck(_ areas: [AreaFileReader.AreaDraft]) -> [Diagnostic] {
        var out: [Diagnostic] = []
        func report(_ location: ConfigLocation, _ message: String) {
            out.append(Diagnostic(file: location.file, line: location.line, message))
        }
        var areasSeen: [AreaCode: ConfigLocation] = [:]
        var stationsSeen: [StationCode: StationConfig] = [:]
        var mnSeen: [String: StationConfig] = [:]
        for area in areas {
            if let code = area.code {
                if let first = areasSeen[code] {
                    report(
                        area.location,
                        "duplicate area code \(code) (first at \(first.reference(from: area.location.file))); define "
                            + "each area once")
                } else {
                    areasSeen[code] = area.location
                }
            }
            var inArea: [StationCode: ConfigLocation] = [:]
            for (code, location) in area.stationCodes {
                if let first = inArea[code] {
                    report(
                        location,
                        "station \(code) is listed twice in area \(area.code?.rawValue ?? "?") \(area.name ?? "") "
                            + "(first at \(first.reference(from: location.file)))")
                } else {
                    inArea[code] = location
                }
            }
            for station in area.stations where inArea[station.code] == station.location {
                // HJ 212—2017 §6.3.2: the MN identifies one data logger, so it names one station.
                if let link = station.hj212 {
                    if let first = mnSeen[link.mn], first.code != station.code {
                        report(
                            link.location,
                            "duplicate MN \"\(link.mn)\" (station \(first.code) has it at "
                                + "\(first.hj212!.location.reference(from: link.location.file))); each data logger has "
                                + "its own MN")
                    } else if mnSeen[link.mn] == nil {
                        mnSeen[link.mn] = station
                    }
                }
                guard let first = stationsSeen[station.code] else {
                    stationsSeen[station.code] = station
                    continue
                }
                let differences = station.differences(from: first).joined(separator: "; ")
                if !differences.isEmpty {
                    let there = first.location.reference(from: station.location.file)
                    report(
                        station.location,
                        "station \(station.code) is defined differently at \(there) (\(differences)); a station in "
                            + "several areas must be defined the same way in each")
                }
            }
        }
        return out
    }
}
