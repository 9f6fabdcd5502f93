import AQI
import Formats
import Store

/// Station × hour rows: the six 1-h values and the real-time AQI of each station-hour, streamed
/// from the store's cursor (ordered by station, hour, pollutant) one station-hour at a time.
/// With `--revisions all`, one row per stored value revision, superseded ones included.
struct StationHourExport {
    static let columns = [
        "station", "period_start", "period_end", "aqi", "level", "primary_pollutants",
        "so2", "no2", "co", "o3", "pm10", "pm2_5", "flags", "standard",
    ]
    static let revisionColumns = [
        "station", "period_start", "period_end", "pollutant", "value", "flag", "revision",
        "fetched_at", "source", "current",
    ]

    let source: any ReadingsExportSource
    let stations: [StationCode]?

    func write(_ request: HistoryExport.Request, to sink: ExportSink) throws {
        let hours = HistoryExport.hours(request)
        if request.allRevisions {
            try source.forEachReading(stations: stations, hours: hours, revisions: .all) { s in
                let r = s.reading
                try sink.write(
                    [
                        r.station.rawValue, r.hour.startISO, r.hour.endISO, r.pollutant.label, r.value?.description,
                        r.flag.rawValue, String(s.revision), s.fetchedAt.rfc3339, s.source,
                        s.isCurrent ? "true" : "false",
                    ],
                    numeric: [4, 6])
            }
            return
        }
        let (old, new) = (RealtimeEvaluator(standard: .hj633_2012), RealtimeEvaluator(standard: .hj633_2026))
        var formatter = sink.format == .json ? nil : StationHourRows(csv: sink.format == .csv, hours: hours)
        var flags: [UInt8] = []
        func emit(_ chunk: StationHourChunk, _ i: Int, _ station: StationCode) throws {
            let hour = chunk.hours[i]
            let milli = chunk.values(at: i)
            let standard = Standard.inForce(on: hour.adding(hours: -1).endClock.date)
            let index = (standard == .hj633_2012 ? old : new).evaluate(milli)
            let aqi = index.publishedAQI
            let values = chunk.milli[i]
            try sink.write(
                [
                    station.rawValue, hour.startISO, hour.endISO, aqi.map(String.init),
                    aqi.map { String(AirQualityLevel(aqi: $0).number) }, HistoryExport.primary(index.primaryPollutants),
                ]
                    + (0..<6).map { values[$0] == Int32.min ? nil : Concentration(milli: values[$0]).description }
                    + [chunk.flagText(at: i), standard.id],
                numeric: [3, 4, 6, 7, 8, 9, 10, 11])
        }
        // The hot path: CSV and NDJSON rows formatted straight into the sink's buffer.
        func emitFormatted(_ chunk: StationHourChunk, _ i: Int, _ station: [UInt8], _ rows: inout StationHourRows)
            throws
        {
            let hour = rows.hour(chunk.hours[i])
            let milli = chunk.values(at: i)
            let index = (hour.standard == .hj633_2012 ? old : new).evaluate(milli)
            flags.removeAll(keepingCapacity: true)
            StationHourChunk.writeFlags(chunk.listed[i], to: &flags)
            try flags.withUnsafeBufferPointer { flags in
                try sink.writeFormatted { out in
                    rows.append(station: station, hour: hour, index: index, milli: milli, flags: flags, to: &out)
                }
            }
        }
        // The store is scanned on its own thread while the chunk before is evaluated and written.
        let scan = StationHourScan(source: source, stations: stations, hours: hours)
        try withProducerThread(depth: 4, produce: scan.run) { handoff in
            while let chunk = try handoff.receive()?.get() {
                for run in chunk.stations.indices {
                    let station = chunk.stations[run]
                    if var rows = formatter {
                        formatter = nil  // moved out and back, so that it is not copied on write
                        let cell = rows.stationCell(station)
                        for i in chunk.rows(ofRun: run) { try emitFormatted(chunk, i, cell, &rows) }
                        formatter = rows
                    } else {
                        for i in chunk.rows(ofRun: run) { try emit(chunk, i, station) }
                    }
                }
            }
        }
    }
}
