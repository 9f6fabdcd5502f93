extension ReceiverCounts {
    /// What happened between `earlier` and these counts (the per-minute summary of `receive`).
    public func since(_ earlier: ReceiverCounts) -> ReceiverCounts {
        var d = combined(with: earlier, -)
        d.refused = d.refused.filter { $0.value != 0 }
        return d
    }

    /// Each count of these and `other` combined by `op` (`-`: a difference, `+`: a sum).
    func combined(with other: ReceiverCounts, _ op: (Int, Int) -> Int) -> ReceiverCounts {
        // Every count but the refusals by reason.
        let counts: [WritableKeyPath<ReceiverCounts, Int>] = [
            \.packets, \.stored, \.readings, \.realTime, \.minute, \.daily, \.otherCodes, \.unknownVersion,
            \.garbageBytes, \.connections, \.connectionsRefused, \.idleClosed,
        ]
        var d = ReceiverCounts()
        for count in counts { d[keyPath: count] = op(self[keyPath: count], other[keyPath: count]) }
        d.refused = refused
        for (reason, n) in other.refused { d.refused[reason] = op(d.refused[reason, default: 0], n) }
        return d
    }
}
