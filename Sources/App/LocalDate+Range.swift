import AQI

extension LocalDate {
    /// `--from` and `--to`, when both are given, in that order (`export`, `report daily`).
    public static func checkRange(from first: LocalDate?, to last: LocalDate?) throws(UsageError) {
        guard let first, let last, first > last else { return }
        throw UsageError("--from \(first) is after --to \(last) (swap the two days)")
    }
}
