import AQI
import Testing

/// The conversions of docs/adapters.md, each checked against a value worked by hand.
@Suite struct ReportedUnitTests {
    static func convert(_ value: String, _ unit: ReportedUnit, _ p: Pollutant) -> String? {
        ExactDecimal.rationalForTests(value).flatMap { unit.convert($0, of: p) }?
            .rounded(toDecimals: 3, .halfEven).description
    }

    @Test func gasesAtTheReferenceState() {
        // NO2 10 ppb: 10 × 46.01 / 24.465 = 460.1 / 24.465 = 18.80645820… → 18.806 µg/m³
        // (24.465 × 18.806 = 460.08879; the remainder 0.01121 is 0.00046 of a µg/m³).
        #expect(Self.convert("10", .ppb, .no2) == "18.806")
        // SO2 5 ppb: 5 × 64.06 / 24.465 = 320.3 / 24.465 = 13.09217… → 13.092.
        #expect(Self.convert("5", .ppb, .so2) == "13.092")
        // SO2 0.002 ppm = 2 ppb: 128.12 / 24.465 = 5.23686… → 5.237.
        #expect(Self.convert("0.002", .ppm, .so2) == "5.237")
        // O3 0.035 ppm = 35 ppb: 35 × 48.00 / 24.465 = 1680 / 24.465 = 68.66952… → 68.670.
        #expect(Self.convert("0.035", .ppm, .o3) == "68.670")
        // CO 0.4 ppm: 0.4 × 28.01 / 24.465 = 11.204 / 24.465 = 0.45796… → 0.458 mg/m³.
        #expect(Self.convert("0.4", .ppm, .co) == "0.458")
        // CO 1000 ppb = 1 ppm: 28.01 / 24.465 = 1.14490… → 1.145 mg/m³.
        #expect(Self.convert("1000", .ppb, .co) == "1.145")
        // Other gases in mg/m³: × 1000.
        #expect(Self.convert("0.05", .milligramsPerCubicMetre, .so2) == "50.000")
        #expect(Self.convert("0.6", .milligramsPerCubicMetre, .co) == "0.600")
    }

    @Test func carbonMonoxideInMicrogramsIsDividedByAThousandRoundingHalfEven() {
        // 1234.5 µg/m³ = 1.2345 mg/m³, a tie: GB/T 8170 keeps the even digit.
        #expect(Self.convert("1234.5", .microgramsPerCubicMetre, .co) == "1.234")
        #expect(Self.convert("1235.5", .microgramsPerCubicMetre, .co) == "1.236")
    }

    @Test func particlesAreMicrogramsOnly() {
        #expect(Self.convert("36.4", .microgramsPerCubicMetre, .pm2_5) == "36.400")
        #expect(Self.convert("36.4", .ppb, .pm2_5) == nil)
        #expect(Self.convert("0.036", .ppm, .pm10) == nil)
        #expect(Self.convert("0.036", .milligramsPerCubicMetre, .pm10) == nil)
    }

    @Test func unitSpellings() {
        #expect(ReportedUnit(text: "µg/m³") == .microgramsPerCubicMetre)  // U+00B5, as OpenAQ writes it
        #expect(ReportedUnit(text: "μg/m³") == .microgramsPerCubicMetre)  // U+03BC
        #expect(ReportedUnit(text: "ug/m3") == .microgramsPerCubicMetre)
        #expect(ReportedUnit(text: "UG/M3") == .microgramsPerCubicMetre)
        #expect(ReportedUnit(text: "mg/m³") == .milligramsPerCubicMetre)
        #expect(ReportedUnit(text: "PPM") == .ppm)
        #expect(ReportedUnit(text: "ppb") == .ppb)
        #expect(ReportedUnit(text: "ppt") == nil)
        #expect(ReportedUnit(text: "c") == nil)
    }
}

extension ExactDecimal {
    static func rationalForTests(_ text: String) -> Rational? { (try? ExactDecimal(parsing: text))?.rational }
}
