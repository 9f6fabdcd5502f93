import AQI
import Formats

/// One decoded CNEMC archive file (`china_sites_YYYYMMDD.csv` or `china_cities_YYYYMMDD.csv`):
/// a wide table with one column per station code or city name and one row per hour and type.
public struct CNEMCArchiveTable: Sendable {
    public struct Row: Sendable {
        /// The end of the hour the row holds: file date D, hour h ↦ D h:00 (hour 0 is "24时" of D−1).
        public let hour: HourStamp
        public let series: CNEMCSeries
        /// 1-based line in the file, for messages.
        public let line: Int
    }

    /// Station codes or city names, in file order.
    public let columns: [String]
    public let rows: [Row]
    /// Row-major cells in thousandths (`Concentration.milli`), `CNEMCArchiveTable.empty` when blank.
    let cells: [Int32]
    /// Rows that could not be read, each with its file and line.
    public let problems: [Diagnostic]

    public static let empty = Int32.min

    public func value(row: Int, column: Int) -> Concentration? {
        let m = cells[row * columns.count + column]
        return m == Self.empty ? nil : Concentration(milli: m)
    }
}
