import AQI

extension QualityControl {
    /// A value repeated for `stuckHours` consecutive hours or more, at or above the floor,
    /// is an analyser or logger that stopped updating: the whole run is marked. Below the
    /// floor, long runs are clean air at whole-µg/m³ (CO 0.1 mg/m³) resolution: the real
    /// Yunnan data hold SO2 at 8 µg/m³ for 43 hours and CO at 0.5 mg/m³ for 32.
    func markStuckRuns(_ out: inout [Reading], timeline: inout Timeline) {
        for s in timeline.series.indices {
            let series = timeline.series[s]
            var start = 0
            while start < series.count {
                var end = start + 1
                while end < series.count, Self.continuesRun(series[end - 1], series[end]) { end += 1 }
                let first = series[start].reading
                if end - start >= stuckHours, first.flag.canBeStuck, let value = first.value,
                    let floor = stuckFloors[first.pollutant], value >= floor
                {
                    for j in start..<end {
                        guard let i = series[j].batchIndex, out[i].flag == .normal else { continue }
                        out[i].flag = .stuck
                        timeline.series[s][j].reading.flag = .stuck
                    }
                }
                start = end
            }
        }
    }

    private static func continuesRun(_ a: Timeline.Entry, _ b: Timeline.Entry) -> Bool {
        b.reading.hour.rawValue == a.reading.hour.rawValue + 1 && a.reading.flag.canBeStuck
            && b.reading.flag.canBeStuck && a.reading.value != nil && a.reading.value == b.reading.value
    }
}

extension ReadingFlag {
    /// A value that still reads as a measurement: valid, or already marked stuck by an
    /// earlier run of quality control over the preceding hours.
    fileprivate var canBeStuck: Bool { self == .normal || self == .stuck }
}
