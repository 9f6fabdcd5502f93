extension ReceiverCounts {
    /// What happened between `earlier` and these counts (the per-minute summary of `receive`).
    public func since(_ earlier: ReceiverCounts) -> ReceiverCounts {
        var d = ReceiverCounts()
        d.packets = packets - earlier.packets
        d.stored = stored - earlier.stored
        d.readings = readings - earlier.readings
        d.realTime = realTime - earlier.realTime
        d.minute = minute - earlier.minute
        d.daily = daily - earlier.daily
        d.otherCodes = otherCodes - earlier.otherCodes
        d.garbageBytes = garbageBytes - earlier.garbageBytes
        d.connections = connections - earlier.connections
        d.connectionsRefused = connectionsRefused - earlier.connectionsRefused
        d.idleClosed = idleClosed - earlier.idleClosed
        for (reason, n) in refused where n != earlier.refused[reason, default: 0] {
            d.refused[reason] = n - earlier.refused[reason, default: 0]
        }
        return d
    }
}
