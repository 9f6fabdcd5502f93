import AQI
import Formats
import Identity
import Publish
import Stations
import Store

/// `airbulletin export`: hourly, daily or monthly values of stations or cities, streamed in
/// constant memory as CSV (with a header row; `--excel` adds a UTF-8 BOM), JSON or NDJSON.
/// Columns are documented in README.md (Export).
public struct HistoryExport {
    public enum Level: String, CaseIterable, Sendable { case station, city }
    public enum Interval: String, CaseIterable, Sendable { case hour, day, month }
    public enum Format: String, CaseIterable, Sendable { case csv, json, ndjson }

    public struct Request: Sendable {
        public var from: LocalDate
        public var to: LocalDate
        public var level: Level
        public var interval: Interval
        public var format: Format
        public var out: String?
        public var excel: Bool
        public var allRevisions: Bool
        public var areaCodes: [AreaCode]

        public init(
            from: LocalDate, to: LocalDate, level: Level, interval: Interval, format: Format, out: String?,
            excel: Bool, allRevisions: Bool, areaCodes: [AreaCode]
        ) {
            self.from = from
            self.to = to
            self.level = level
            self.interval = interval
            self.format = format
            self.out = out
            self.excel = excel
            self.allRevisions = allRevisions
            self.areaCodes = areaCodes
        }

        /// The columns of the rows asked for; refuses, in the command line's words, a request
        /// export does not offer. `export`'s `validate()` and `run` both ask here, so the rules
        /// are written once.
        public func columns() throws(UsageError) -> [String] {
            try LocalDate.checkRange(from: from, to: to)
            if excel, format != .csv { throw UsageError("--excel applies to CSV only (drop it, or use --format csv)") }
            if allRevisions, !(level == .station && interval == .hour) {
                throw UsageError(
                    "--revisions all applies to --level station --interval hour (daily and monthly values come from the published bulletins)"
                )
            }
            switch (level, interval, allRevisions) {
            case (.station, .hour, true): return StationHourExport.revisionColumns
            case (.station, .hour, false): return StationHourExport.columns
            case (.station, .day, _): return StationDayExport.columns
            case (.city, .hour, _): return CityHourExport.columns
            case (.city, .day, _): return HistoryCSV.header
            case (.city, .month, _): return CityMonthExport.columns
            case (.station, .month, _):
                throw UsageError(
                    "--level station --interval month is not offered: monthly values are assessed for cities (use --level city)"
                )
            }
        }
    }

    /// The readings and bulletins: the SQLite `Store` or the PostgreSQL export source (issue 14).
    let source: any ReadingsExportSource
    let areas: [AreaContext]

    public init(source: any ReadingsExportSource, areas: [AreaContext]) {
        self.source = source
        self.areas = areas
    }

    /// Writes the export; returns the number of rows.
    public func run(_ request: Request) throws -> Int {
        let columns = try request.columns()
        let sink = try ExportSink(format: request.format, columns: columns, excel: request.excel, path: request.out)
        do {
            switch (request.level, request.interval) {
            case (.station, .hour):
                try StationHourExport(source: source, stations: stationCodes).write(request, to: sink)
            case (.station, .day): try StationDayExport(source: source, areas: areas).write(request, to: sink)
            case (.city, .hour): try CityHourExport(source: source, areas: areas).write(request, to: sink)
            case (.city, .day): try CityDayExport(source: source, areas: areas).write(request, to: sink)
            default: try CityMonthExport(source: source, areas: areas).write(request, to: sink)
            }
            return try sink.finish()
        } catch {
            sink.abandon()
            throw error
        }
    }

    /// The stations of the selected areas; every stored station when no area is configured.
    var stationCodes: [StationCode]? {
        areas.isEmpty ? nil : Array(Set(areas.flatMap(\.stationCodes))).sorted()
    }

    /// The hours of the natural days from `from` to `to`.
    static func hours(_ request: Request) -> ClosedRange<HourStamp> {
        HourStamp.firstHour(of: request.from)...HourStamp(date: request.to.adding(days: 1), endingAt: 0)
    }

    /// `SO2;PM2.5` in canonical order; empty when there is none.
    static func primary(_ pollutants: [Pollutant]) -> String { pollutants.map(\.label).joined(separator: ";") }
}
