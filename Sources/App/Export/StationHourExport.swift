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
        var values = [Concentration?](repeating: nil, count: 6)
        var formatter = sink.format == .json ? nil : StationHourRows(csv: sink.format == .csv, hours: hours)
        func emit(_ chunk: StationHourChunk, _ i: Int) throws {
            let (station, hour) = (chunk.stations[i], chunk.hours[i])
            let milli = chunk.values(at: i)
            let standard = Standard.inForce(on: hour.adding(hours: -1).endClock.date)
            let index = (standard == .hj633_2012 ? old : new).evaluate(milli)
            for p in values.indices {
                let m = chunk.milli[i * 6 + p]
                values[p] = m == Int32.min ? nil : Concentration(milli: m)
            }
            if formatter != nil {
                try sink.writeFormatted { out in
                    formatter!.append(
                        station: station, hour: hour, index: index, values: values, flags: chunk.flags[i],
                        standard: standard, to: &out)
                }
                return
            }
            let aqi = index.publishedAQI
            try sink.write(
                [
                    station.rawValue, hour.startISO, hour.endISO, aqi.map(String.init),
                    aqi.map { String(AirQualityLevel(aqi: $0).number) }, HistoryExport.primary(index.primaryPollutants),
                ]
                    + values.map { $0?.description } + [chunk.flags[i], standard.id],
                numeric: [3, 4, 6, 7, 8, 9, 10, 11])
        }
        // The store is scanned on its own thread while the chunk before is evaluated and written.
        let scan = StationHourScan(source: source, stations: stations, hours: hours)
        try withProducerThread(depth: 4, produce: scan.run) { handoff in
            while let chunk = try handoff.receive()?.get() {
                for i in 0..<chunk.count { try emit(chunk, i) }
            }
        }
    }
}
