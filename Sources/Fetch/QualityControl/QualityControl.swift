import AQI

/// Quality control at ingest (docs/adapters.md, Quality control): a pure pass over decoded
/// readings that marks implausible values, keeps them, and counts them. Only readings flagged
/// `.normal` are touched; a marked reading keeps its value and no longer counts toward any
/// average (GB 3095—2026 §6.4: only valid values are used).
///
/// The rules, in order:
/// 1. a sentinel (−999, −99, −9999, 9999, 99999) → `.sentinel`;
/// 2. a negative value or one above the pollutant's plausible maximum → `.impossible`;
/// 3. at least `stuckHours` identical values in consecutive hours, at or above the
///    pollutant's floor → every one of them `.stuck`;
/// 4. PM2.5 above PM10 in the same station-hour (both still valid) by more than the
///    tolerance → the PM2.5 value `.pm25AbovePM10`.
public struct QualityControl: Sendable {
    /// Values above these are beyond what the instruments can measure (see `standard`).
    public var maxima: [Pollutant: Concentration]
    /// How many identical consecutive hourly values make a stuck run.
    public var stuckHours: Int
    /// Runs below these values are clean air at the instruments' resolution, not a fault.
    public var stuckFloors: [Pollutant: Concentration]
    /// PM2.5 is marked only when it exceeds PM10 by more than this …
    public var pmToleranceAbsolute: Concentration
    /// … and by more than this percentage of PM10.
    public var pmTolerancePercent: Int

    public init(
        maxima: [Pollutant: Concentration], stuckHours: Int, stuckFloors: [Pollutant: Concentration],
        pmToleranceAbsolute: Concentration, pmTolerancePercent: Int
    ) {
        self.maxima = maxima
        self.stuckHours = stuckHours
        self.stuckFloors = stuckFloors
        self.pmToleranceAbsolute = pmToleranceAbsolute
        self.pmTolerancePercent = pmTolerancePercent
    }

    /// The rules docs/adapters.md justifies.
    public static let standard = QualityControl(
        // The tops of the measuring ranges of the network's analysers (β-attenuation PM
        // monitors read to 10 mg/m³), far above any record, so a dust storm is never cut:
        // PM10 reached 6,450 µg/m³ in the March 2021 storm.
        maxima: [
            .so2: units(10_000), .no2: units(5_000), .co: units(200), .o3: units(2_000),
            .pm10: units(10_000), .pm2_5: units(10_000),
        ],
        // Tuned on 33 days of real CNEMC data: no clean-air run at or above these floors
        // lasts more than 7 hours; stuck PM analysers repeat a value for 13–21 hours.
        stuckHours: 12,
        stuckFloors: [
            .so2: units(20), .no2: units(20), .co: units(2), .o3: units(20), .pm10: units(20), .pm2_5: units(20),
        ],
        pmToleranceAbsolute: units(2), pmTolerancePercent: 10)

    /// The missing-value codes upstreams write in place of a number.
    public static let sentinels: [Int] = [-999, -99, -9999, 9999, 99999]

    public static func isSentinel(_ value: Rational) -> Bool {
        sentinels.contains { value == Rational(Int128($0)) }
    }

    static func units(_ n: Int32) -> Concentration { Concentration(milli: n * 1000) }

    /// Marks the readings of a batch. `preceding` holds the stations' stored readings of the
    /// hours before (at least `stuckHours − 1` of them), so a run or a PM pair that began
    /// earlier is seen; they are read, never returned. A reading of the batch replaces a
    /// preceding one of the same station, pollutant and hour.
    public func screen(
        _ readings: [Reading], preceding: [Reading] = []
    ) -> (readings: [Reading], report: QualityReport) {
        var out = readings
        // Rules 1 and 2 by array index, not a dictionary lookup per reading (the import hot path).
        let ceilings = Pollutant.allCases.map { maxima[$0] }
        let sentinels = Self.sentinels.map { Int64($0) * 1000 }
        for i in out.indices where out[i].flag == .normal {
            guard let value = out[i].value else { continue }
            if sentinels.contains(Int64(value.milli)) {
                out[i].flag = .sentinel
            } else if value.isNegative || ceilings[out[i].pollutant.rawValue].map({ value > $0 }) == true {
                out[i].flag = .impossible
            }
        }
        var timeline = Timeline(preceding: preceding, batch: out)
        markStuckRuns(&out, timeline: &timeline)
        markPM25AbovePM10(&out, timeline: timeline)

        var report = QualityReport()
        for (before, after) in zip(readings, out) where before.flag != after.flag {
            report.add(after.flag, after.pollutant)
        }
        return (out, report)
    }

    // MARK: - PM2.5 above PM10

    /// PM2.5 is part of PM10, so PM2.5 > PM10 is a measurement artefact; the usual culprit is
    /// the PM2.5 monitor, so only its value is marked. The tolerance covers each value's
    /// rounding to whole µg/m³ and the two instruments' disagreement within their accuracy.
    private func markPM25AbovePM10(_ out: inout [Reading], timeline: Timeline) {
        for station in 0..<timeline.stationCount {
            let coarse = timeline.series(station: station, .pm10)
            var j = coarse.startIndex
            for entry in timeline.series(station: station, .pm2_5) {
                // Both series are in hour order: walk them together.
                while j < coarse.endIndex, coarse[j].hour < entry.hour { j += 1 }
                guard let i = entry.batchIndex, out[i].flag == .normal, let fine = out[i].value, j < coarse.endIndex,
                    coarse[j].hour == entry.hour, coarse[j].flag == .normal,
                    let pm10 = coarse[j].value
                else { continue }
                let excess = Int64(fine.milli) - Int64(pm10.milli)
                if excess > Int64(pmToleranceAbsolute.milli),
                    excess * 100 > Int64(pm10.milli) * Int64(pmTolerancePercent)
                {
                    out[i].flag = .pm25AbovePM10
                }
            }
        }
    }
}
