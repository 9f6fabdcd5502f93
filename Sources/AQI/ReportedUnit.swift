/// The unit an upstream reports a concentration in, and its exact conversion to the unit
/// HJ 633 uses: µg/m³, CO mg/m³ (aqi-standards.md §1).
///
/// Gases are converted at the reference state of GB 3095—2026 (298.15 K, 1013.25 hPa), where
/// one mole of ideal gas fills 24.465 L: µg/m³ = ppb × M / 24.465 and, for CO,
/// mg/m³ = ppm × 28.01 / 24.465 (docs/adapters.md). Particles are reported in µg/m³ only: a
/// mixing ratio means nothing for a particle, and no upstream sends PM in mg/m³.
public enum ReportedUnit: String, CaseIterable, Sendable {
    case microgramsPerCubicMetre = "µg/m³"
    case milligramsPerCubicMetre = "mg/m³"
    case ppm
    case ppb

    /// Reads `µg/m³` as OpenAQ writes it (U+00B5), with a Greek mu, or in ASCII (`ug/m3`);
    /// `mg/m³`, `ppm`, `ppb` in any case.
    public init?(text: String) {
        let ascii = text.lowercased().map { ch -> Character in
            switch ch {
            case "µ", "μ": "u"
            case "³": "3"
            default: ch
            }
        }
        switch String(ascii) {
        case "ug/m3": self = .microgramsPerCubicMetre
        case "mg/m3": self = .milligramsPerCubicMetre
        case "ppm": self = .ppm
        case "ppb": self = .ppb
        default: return nil
        }
    }

    /// Molar masses in g/mol, as the brief for this adapter fixes them (docs/adapters.md).
    public static func molarMass(of pollutant: Pollutant) -> Rational? {
        switch pollutant {
        case .so2: Rational(6406, 100)
        case .no2: Rational(4601, 100)
        case .o3: Rational(4800, 100)
        case .co: Rational(2801, 100)
        case .pm10, .pm2_5: nil
        }
    }

    /// L/mol of an ideal gas at 298.15 K and 1013.25 hPa (aqi-standards.md §1 reference state).
    public static let molarVolume = Rational(24465, 1000)

    /// `value` in this unit expressed in the pollutant's HJ 633 unit, exactly; nil when no
    /// conversion exists (a particle in ppm, ppb or mg/m³).
    public func convert(_ value: Rational, of pollutant: Pollutant) -> Rational? {
        let micrograms: Rational
        switch self {
        case .microgramsPerCubicMetre:
            micrograms = value
        case .milligramsPerCubicMetre:
            guard Self.molarMass(of: pollutant) != nil else { return nil }
            micrograms = value * Rational(1000)
        case .ppb, .ppm:
            guard let mass = Self.molarMass(of: pollutant) else { return nil }
            let ppb = self == .ppm ? value * Rational(1000) : value
            micrograms = ppb * (mass / Self.molarVolume)
        }
        return pollutant == .co ? micrograms / 1000 : micrograms
    }
}
