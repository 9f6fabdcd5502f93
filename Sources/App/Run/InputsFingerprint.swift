import AQI

/// A fingerprint of everything a day's bulletin was computed from: the readings (station,
/// pollutant, hour, value, flag) and the rules. Two computations with the same fingerprint give
/// the same bulletin; a different one means the upstream data changed since it was published.
/// FNV-1a 64: change detection, not a security hash.
enum InputsFingerprint {
    static func of(_ readings: [Reading], standard: Standard, averaging: CityAveraging) -> String {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        func mix(_ bytes: some Sequence<UInt8>) { for b in bytes { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 } }
        func mix(_ value: Int) { withUnsafeBytes(of: Int64(value).littleEndian) { mix($0) } }
        mix(standard.id.utf8)
        mix(averaging.rawValue.utf8)
        let sorted = readings.sorted {
            ($0.station.rawValue, $0.hour.rawValue, $0.pollutant.rawValue) < (
                $1.station.rawValue, $1.hour.rawValue, $1.pollutant.rawValue
            )
        }
        for r in sorted {
            mix(r.station.rawValue.utf8)
            mix(0)
            mix(r.hour.rawValue)
            mix(r.pollutant.rawValue)
            mix(r.value.map { Int($0.milli) } ?? Int.min)
            mix(r.flag.rawValue.utf8)
        }
        let hex = String(h, radix: 16)
        return "fnv1a64:" + String(repeating: "0", count: 16 - hex.count) + hex
    }
}
