import AQI

extension Pollutant {
    /// The HJ 212-2017 pollutant codes of ambient air (peers-and-disclosure.md §1.4).
    static let hj212Codes: [(code: String, pollutant: Pollutant)] = [
        ("a21026", .so2), ("a21004", .no2), ("a21005", .co), ("a05024", .o3), ("a34002", .pm10), ("a34004", .pm2_5),
    ]

    /// A pollutant as a data logger or platform names it: a label in any case (`PM2.5`,
    /// `pm25`, `PM2_5`) or an HJ 212 code (`a34004`).
    init?(sourceName: String) {
        if let label = Pollutant(label: sourceName) {
            self = label
        } else if let entry = Self.hj212Codes.first(where: { $0.code == sourceName.lowercased() }) {
            self = entry.pollutant
        } else {
            return nil
        }
    }

}
