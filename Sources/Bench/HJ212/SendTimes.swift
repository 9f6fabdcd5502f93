/// The send times of one station's packets not yet answered, by QN number. A station numbers its
/// QNs one after another, so they sit in an array from the oldest unanswered one (0: answered):
/// no hashing and no allocation per packet, whatever order the answers come in (a minute packet
/// is answered at once, an hourly one after its commit).
struct SendTimes {
    private var times: [UInt64] = []
    /// Where the oldest unanswered QN sits in `times`, and its number.
    private var head = 0
    private var first = 0
    /// Packets sent and not answered.
    private(set) var count = 0

    /// Records packet `qn`, the station's next QN number, as sent at `nanoseconds` (> 0).
    mutating func sent(_ qn: Int, at nanoseconds: UInt64) {
        if count == 0 {
            times.removeAll(keepingCapacity: true)
            head = 0
            first = qn
        }
        precondition(qn == first + times.count - head, "a station's QNs are consecutive")
        times.append(nanoseconds)
        count += 1
    }

    /// The send time of `qn`, now answered; nil when it is not outstanding (unknown or answered).
    mutating func answered(_ qn: Int) -> UInt64? {
        let i = qn - first + head
        guard qn >= first, i < times.count, times[i] != 0 else { return nil }
        let sentAt = times[i]
        times[i] = 0
        count -= 1
        while head < times.count, times[head] == 0 {
            head += 1
            first += 1
        }
        if head > 1_024, head * 2 > times.count {
            times.removeFirst(head)
            head = 0
        }
        return sentAt
    }
}
