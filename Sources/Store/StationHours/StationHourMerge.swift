import AQI

/// The database-free half of an import (shared by the SQLite importer and the PostgreSQL one,
/// issue 14): one station's incoming readings walked one station-hour at a time beside its
/// stored rows, deciding every revision to write and counting what was added, changed and
/// unchanged.
///
/// A reading identical to the stored one changes nothing; otherwise its station-hour gets a new
/// revision holding it, revision 1 for a station-hour not stored yet. The readings of one
/// station-hour in one import make one revision, unless a pollutant comes twice with different
/// readings: the first then makes a revision of its own, so that no value an import stored is
/// lost. The result is the same as importing the readings one at a time in the order given.
package struct StationHourMerge {
    package private(set) var counts = ImportCounts()

    package init() {}

    /// Merges one station's readings, `order` (indices into `readings`, sorted by hour, pollutant,
    /// then input order, as `StationGroups.sortedMembers` gives them) against `stored` (its rows
    /// over the same hours, by hour). `write` gets each new revision in order, numbered, with the
    /// row it supersedes (nil for a new station-hour), and sets the row's import batch.
    package mutating func merge(
        _ order: ArraySlice<Int32>, of readings: [Reading], keys: [Int64], station: Int64, stored: [StationHourRow],
        write: (_ row: inout StationHourRow, _ superseded: StationHourRow?) throws -> Void
    ) rethrows {
        var next = 0
        var start = order.startIndex
        while start < order.endIndex {
            let hour = keys[Int(order[start])] >> 3
            var end = start + 1
            while end < order.endIndex, keys[Int(order[end])] >> 3 == hour { end += 1 }
            while next < stored.count, stored[next].hour < hour { next += 1 }
            let base = next < stored.count && stored[next].hour == hour ? stored[next] : nil
            try mergeHour(order[start..<end], of: readings, station: station, hour: hour, stored: base, write: write)
            start = end
        }
    }

    /// One station-hour: its readings against the stored row, if any.
    private mutating func mergeHour(
        _ order: ArraySlice<Int32>, of readings: [Reading], station: Int64, hour: Int64, stored: StationHourRow?,
        write: (inout StationHourRow, StationHourRow?) throws -> Void
    ) rethrows {
        /// The row as the database holds it (nil: not yet), and the row being built.
        var inStore = stored
        var row = stored ?? StationHourRow(station: station, hour: hour, revision: 0, batch: 0)
        var changed = SIMD8<Int8>(repeating: 0)
        func emit() throws {
            row.revision = (inStore?.revision ?? 0) + 1
            try write(&row, inStore)
            inStore = row
        }
        for index in order {
            let reading = readings[Int(index)]
            let p = Int(reading.pollutant.storeCode)
            let value = reading.value.map { Int32($0.milli) } ?? StationHourRow.noValue
            let flag = Int8(reading.flag.storeCode)
            if row.flags[p] == flag && row.values[p] == value {
                counts.unchanged += 1
                continue
            }
            if changed[p] != 0 {
                try emit()
                changed = SIMD8(repeating: 0)
            }
            if row.has(p) { counts.changed += 1 } else { counts.added += 1 }
            row.values[p] = value
            row.flags[p] = flag
            changed[p] = 1
        }
        if changed != SIMD8(repeating: 0) { try emit() }
    }
}
