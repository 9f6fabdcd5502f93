import AQI

extension QualityControl {
    /// A value repeated for `stuckHours` consecutive hours or more, at or above the floor,
    /// is an analyser or logger that stopped updating: the whole run is marked. Below the
    /// floor, long runs are clean air at whole-µg/m³ (CO 0.1 mg/m³) resolution: the real
    /// Yunnan data hold SO2 at 8 µg/m³ for 43 hours and CO at 0.5 mg/m³ for 32.
    func markStuckRuns(_ out: inout [Reading], timeline: inout Timeline) {
        for s in 0..<timeline.seriesCount {
            let series = timeline.range(ofSeries: s)
            var start = series.lowerBound
            while start < series.upperBound {
                var end = start + 1
                while end < series.upperBound, Self.continuesRun(timeline.entries[end - 1], timeline.entries[end]) {
                    end += 1
                }
                let first = timeline.entries[start]
                if end - start >= stuckHours, first.flag.canBeStuck, let value = first.value,
                    let floor = stuckFloors[Timeline.pollutant(ofSeries: s)], value >= floor
                {
                    for k in start..<end {
                        guard let i = timeline.entries[k].batchIndex, out[i].flag == .normal else { continue }
                        out[i].flag = .stuck
                        timeline.entries[k].flag = .stuck
                    }
                }
                start = end
            }
        }
    }

    private static func continuesRun(_ a: Timeline.Entry, _ b: Timeline.Entry) -> Bool {
        b.hour.rawValue == a.hour.rawValue + 1 && a.flag.canBeStuck && b.flag.canBeStuck && a.value != nil
            && a.value == b.value
    }
}

extension ReadingFlag {
    /// A value that still reads as a measurement: valid, or already marked stuck by an
    /// earlier run of quality control over the preceding hours.
    fileprivate var canBeStuck: Bool { self == .normal || self == .stuck }
}
