import AQI
import Identity

/// The store seam of `airbulletin export` (issue 14: "a second store backend behind the store
/// seam"): what the export reads, whichever database holds it. The SQLite `Store` and the
/// PostgreSQL export source both offer it, in the same order with the same values, so that an
/// export from either is the same bytes.
///
/// Sendable: the station-hour export scans on a thread of its own while it formats the rows.
/// `currentReadings` (`CommittedReadings`): the readings in force for the daily statistics of
/// station and city rows.
public protocol ReadingsExportSource: CommittedReadings {
    /// Every station code the store knows.
    func stationCodes() throws -> [StationCode]

    /// The current station-hours by station code and hour, each with its six readings, from one
    /// consistent snapshot, in constant memory.
    ///
    /// - Parameter stations: nil for every station.
    /// - Throws: what the store or `body` threw (which stops the walk).
    func forEachCurrentStationHour(
        stations: [StationCode]?, hours: ClosedRange<HourStamp>, _ body: (CurrentStationHour) throws -> Void
    ) throws

    /// Stored readings by station code, hour, pollutant and revision (`.all`: superseded ones
    /// too, each with its revision number, source and fetch time), from one consistent snapshot.
    func forEachReading(
        stations: [StationCode]?, hours: ClosedRange<HourStamp>, revisions: RevisionSelection,
        _ body: (StoredReading) throws -> Void
    ) throws

    /// The published document (JSON) of the revision in force for each day of `from...to` that
    /// has a bulletin, by date (city daily and monthly rows).
    func latestBulletinDocuments(area: AreaCode, from: LocalDate, to: LocalDate) throws -> [String]
}

// MARK: - The SQLite store

extension Store: ReadingsExportSource {
    public func latestBulletinDocuments(area: AreaCode, from: LocalDate, to: LocalDate) throws -> [String] {
        try latestBulletins(area: area, from: from, to: to).map(\.document)
    }
}
