import AQI
import Fetch
import Foundation

/// A deterministic synthetic year of hourly data for every station of the national list, in
/// the CNEMC archive format (data README, Format), for `scripts/bench`.
///
/// Plausible, not real: each station has base levels scaled by latitude (the north is dirtier in
/// winter), a seasonal cycle (PM and CO high in winter, O3 high in summer), diurnal cycles (O3
/// peaks mid-afternoon, NO2 and CO at the morning and evening rush), AR(1) weather noise shared by
/// a city, episodes of a few days, about 2 % missing station-hours, whole-day outages, and a few
/// sentinel (−999) and negative values for quality control to flag.
struct SyntheticYear {
    let stations: [StationListEntry]
    let year: Int
    let seed: UInt64

    /// The 15 archive series in file order.
    static let series: [CNEMCSeries] = [
        .aqi, .pm2_5, .pm2_5_24h, .pm10, .pm10_24h, .so2, .so2_24h, .no2, .no2_24h,
        .o3, .o3_24h, .o3_8h, .o3_8h_24h, .co, .co_24h,
    ]

    /// Hourly values (thousandths; `Int32.min` missing) for every station, pollutant and hour of the
    /// year plus the 23 hours before it (for the 24-h moving means), generated station by station.
    func hourlyValues(station index: Int, hours: Int) -> [[Int32]] {
        let s = stations[index]
        var rng = SplitMix64(seed: seed &+ UInt64(truncatingIfNeeded: s.code.rawValue.hashValueStable))
        var cityRNG = SplitMix64(seed: seed &+ UInt64(truncatingIfNeeded: s.city.hashValueStable))
        let north = max(0, min(1, ((s.latitude ?? 30) - 22) / 20))  // 0 in the far south, 1 at 42° N
        let dirt = 0.6 + 0.8 * rng.unit()  // this station's general level
        var weather = 0.0
        var station = 0.0
        var episode = 0.0
        var outageLeft = 0
        var values = [[Int32]](repeating: [Int32](repeating: Int32.min, count: hours), count: 6)
        for h in 0..<hours {
            let day = Double(h) / 24
            let hourOfDay = Double(h % 24)
            let winter = cos(2 * Double.pi * (day - 15) / 365)  // 1 mid-January, −1 mid-July
            weather = 0.97 * weather + 0.25 * cityRNG.gaussian()
            station = 0.9 * station + 0.2 * rng.gaussian()
            if episode < 0.05, rng.unit() < 0.0015 { episode = 1 + 2 * rng.unit() } else { episode *= 0.985 }
            if outageLeft > 0 {
                outageLeft -= 1
                continue
            }
            if rng.unit() < 0.0004 {
                outageLeft = 24 + Int(rng.unit() * 48)
                continue
            }
            let noise = exp(0.35 * weather + 0.15 * station + 0.6 * episode)
            let rush = exp(-pow((hourOfDay - 8) / 2, 2)) + exp(-pow((hourOfDay - 19) / 2.5, 2))
            let sun = max(0, sin(Double.pi * (hourOfDay - 7) / 12))
            let pm25 = dirt * (18 + 40 * north * max(0, winter) + 10 * max(0, winter)) * noise * (0.85 + 0.3 * rush)
            let pm10 = pm25 * (1.4 + 0.5 * rng.unit() + 0.8 * north)
            let so2 = dirt * (3 + 12 * north * max(0, winter)) * noise
            let no2 = dirt * (12 + 20 * rush + 8 * max(0, winter)) * exp(0.2 * station)
            let co = dirt * (0.4 + 0.5 * north * max(0, winter) + 0.2 * rush) * noise
            let o3 = max(2, (35 + 90 * sun * (0.6 - 0.4 * winter)) * exp(0.2 * weather) - 0.4 * no2)
            let levels = [so2, no2, co, o3, pm10, pm25]
            for p in 0..<6 {
                guard rng.unit() >= 0.02 else { continue }  // a missing station-hour
                var v = levels[p]
                if p == Pollutant.co.rawValue { v = (v * 10).rounded() / 10 } else { v = v.rounded() }
                if rng.unit() < 0.0002 { v = -999 } else if rng.unit() < 0.0001 { v = -3 }
                values[p][h] = Int32(v * 1000)
            }
        }
        return values
    }
}

/// SplitMix64: a small, fast, deterministic generator (the same stream on every machine).
struct SplitMix64 {
    private var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in [0, 1).
    mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }

    /// Standard normal (Box–Muller).
    mutating func gaussian() -> Double {
        let u = max(unit(), 1e-12)
        return (-2 * log(u)).squareRoot() * cos(2 * Double.pi * unit())
    }
}

extension String {
    /// FNV-1a over the UTF-8 bytes: stable across runs (Swift's `hashValue` is seeded per process).
    var hashValueStable: UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for b in utf8 { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        return h
    }
}
