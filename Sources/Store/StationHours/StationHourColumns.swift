/// The column lists of `station_hour` and `station_hour_revision`, in one place for every
/// statement that reads or writes them.
enum StationHourColumns {
    /// `so2, so2_flag, no2, no2_flag, …, pm2_5, pm2_5_flag`: lane `p` at 2p (value) and 2p + 1 (flag).
    static let readings = lanes.map { "\($0), \($0)_flag" }.joined(separator: ", ")
    /// The value columns, by lane (`Pollutant.storeCode`).
    static let lanes = ["so2", "no2", "co", "o3", "pm10", "pm2_5"]
    /// Every column, in the order the importer binds them.
    static let all = "station_id, hour, revision, batch_id, " + readings
    static let count = 16

    /// `(?a, ?a+1, …)` for one row of `count` parameters starting at `first`.
    static func placeholders(from first: Int) -> String {
        "(" + (first..<first + count).map { "?\($0)" }.joined(separator: ", ") + ")"
    }
}
