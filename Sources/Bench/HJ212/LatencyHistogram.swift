/// Times from send to answer in 10 µs buckets up to 2 s (one more bucket for anything later):
/// percentiles without keeping every sample.
struct LatencyHistogram {
    private var buckets = [Int](repeating: 0, count: 200_001)
    private(set) var count = 0
    private(set) var maximumNanoseconds: UInt64 = 0

    mutating func record(nanoseconds: UInt64) {
        buckets[min(Int(nanoseconds / 10_000), buckets.count - 1)] += 1
        count += 1
        maximumNanoseconds = max(maximumNanoseconds, nanoseconds)
    }

    /// The `p`-th percentile (0…100) in milliseconds: the upper edge of its bucket.
    func percentile(_ p: Double) -> Double {
        guard count > 0 else { return 0 }
        let rank = Int((p / 100 * Double(count)).rounded(.up))
        var seen = 0
        for (i, n) in buckets.enumerated() {
            seen += n
            if seen >= rank { return Double(i + 1) * 0.01 }
        }
        return Double(buckets.count) * 0.01
    }
}
