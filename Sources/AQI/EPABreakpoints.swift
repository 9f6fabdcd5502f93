/// US EPA 2024 breakpoints (TAD 2024 Table 6; aqi-standards.md §5.2) as data.
enum EPABreakpoints {
    struct Row {
        let low: ExactDecimal
        let high: ExactDecimal
        let indexLow: Int
        let indexHigh: Int
    }

    struct Column {
        /// Decimals kept by truncation (TAD step 1).
        let decimals: Int
        let rows: [Row]
    }

    private static func column(_ decimals: Int, _ rows: [(String, String, Int, Int)]) -> Column {
        Column(
            decimals: decimals,
            rows: rows.map { r in
                Row(
                    low: try! ExactDecimal(parsing: r.0), high: try! ExactDecimal(parsing: r.1), indexLow: r.2,
                    indexHigh: r.3)
            })
    }

    /// Units: O3 and CO ppm; SO2 and NO2 ppb; PM µg/m³.
    static let columns: [Indicator: Column] = [
        .o3_8h: column(
            3,
            [
                ("0.000", "0.054", 0, 50), ("0.055", "0.070", 51, 100), ("0.071", "0.085", 101, 150),
                ("0.086", "0.105", 151, 200), ("0.106", "0.200", 201, 300),
            ]),
        .o3_1h: column(
            3,
            [
                ("0.125", "0.164", 101, 150), ("0.165", "0.204", 151, 200), ("0.205", "0.404", 201, 300),
                ("0.405", "0.604", 301, 500),
            ]),
        .pm2_5_24h: column(
            1,
            [
                ("0.0", "9.0", 0, 50), ("9.1", "35.4", 51, 100), ("35.5", "55.4", 101, 150),
                ("55.5", "125.4", 151, 200), ("125.5", "225.4", 201, 300), ("225.5", "325.4", 301, 500),
            ]),
        .pm10_24h: column(
            0,
            [
                ("0", "54", 0, 50), ("55", "154", 51, 100), ("155", "254", 101, 150),
                ("255", "354", 151, 200), ("355", "424", 201, 300), ("425", "604", 301, 500),
            ]),
        .co_8h: column(
            1,
            [
                ("0.0", "4.4", 0, 50), ("4.5", "9.4", 51, 100), ("9.5", "12.4", 101, 150),
                ("12.5", "15.4", 151, 200), ("15.5", "30.4", 201, 300), ("30.5", "50.4", 301, 500),
            ]),
        .so2_1h: column(
            0, [("0", "35", 0, 50), ("36", "75", 51, 100), ("76", "185", 101, 150), ("186", "304", 151, 200)]),
        .so2_24h: column(0, [("305", "604", 201, 300), ("605", "1004", 301, 500)]),
        .no2_1h: column(
            0,
            [
                ("0", "53", 0, 50), ("54", "100", 51, 100), ("101", "360", 101, 150),
                ("361", "649", 151, 200), ("650", "1249", 201, 300), ("1250", "2049", 301, 500),
            ]),
    ]

    static let acceptedKeys: [Indicator] = [.o3_8h, .o3_1h, .pm2_5_24h, .pm10_24h, .co_8h, .so2_1h, .so2_24h, .no2_1h]
}
