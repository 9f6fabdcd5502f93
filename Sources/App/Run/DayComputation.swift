import AQI
import Store

/// Computes one area-day's report from the stored readings (current revisions), with the
/// fingerprint of its inputs: for the run and republish, and for the city-hour export.
struct DayComputation {
    /// The readings in force for some stations over some hours.
    let currentReadings: (_ stations: [StationCode], _ hours: ClosedRange<HourStamp>) throws -> [Reading]

    init(store: any PublicationStore) { currentReadings = store.currentReadings }

    init(source: any ReadingsExportSource) { currentReadings = source.currentReadings }

    struct Result {
        let report: DailyReport
        let fingerprint: String
        let readings: [Reading]
        /// True when the day itself (01时 … 24时) has at least one reading.
        let hasData: Bool
    }

    /// - Parameter overlay: readings fetched but not stored (a dry run): they replace the stored
    ///   ones with the same station, pollutant and hour.
    func compute(_ area: AreaContext, day: LocalDate, overlay: [Reading] = [], averaging: CityAveraging = .hourlyFirst)
        throws -> Result
    {
        let hours = AreaContext.hours(of: day)
        var readings = try currentReadings(area.stationCodes, hours)
        if !overlay.isEmpty {
            let stations = Set(area.stationCodes)
            var byKey: [Reading.Key: Reading] = [:]
            for r in readings { byKey[r.key] = r }
            for r in overlay where stations.contains(r.station) && hours.contains(r.hour) { byKey[r.key] = r }
            readings = Array(byKey.values)
        }
        let standard = Standard.inForce(on: day)
        let report = DailyReport(
            areaCode: area.code.rawValue, areaName: area.name, date: day, standard: standard,
            stations: area.stationHours(readings, day: day), areaCoverage: area.coverage, averaging: averaging)
        let firstHour = HourStamp.firstHour(of: day)
        let dayReadings = readings.filter { $0.hour >= firstHour }
        return Result(
            report: report, fingerprint: InputsFingerprint.of(dayReadings, standard: standard, averaging: averaging),
            readings: dayReadings, hasData: !dayReadings.isEmpty)
    }
}
