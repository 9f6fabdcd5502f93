import AQI
import Formats
import Testing

/// Every case of aqi-vectors.json through the core (aqi-standards.md §7).
@Suite struct VectorTests {
    static let cases = try! VectorCase.loadAll()

    @Test func theFixtureHoldsAll88Cases() {
        #expect(Self.cases.count == 88)
        #expect(Self.cases.filter { $0.id.hasPrefix("CN") }.count == 62)
    }

    @Test(arguments: cases.filter { $0.standard.hasPrefix("HJ") })
    func chinaCase(_ vector: VectorCase) throws {
        let standard = try #require(Standard(name: vector.standard))
        let report = try #require(ReportKind(rawValue: vector.report))
        var values: [Indicator: ExactDecimal] = [:]
        for (key, text) in vector.inputs {
            let indicator = try #require(Indicator(rawValue: key))
            if let text { values[indicator] = try ExactDecimal(parsing: text) }
        }
        let set = ChinaIndicatorSet.inferred(standard: standard, report: report, keys: Set(values.keys))
        let index = ChinaIndex(set, values: values, roundInputs: vector.roundInputs)
        let e = vector.expected.unordered

        var rounded: [String: JSONNode] = [:]
        for (key, _) in vector.inputs {
            rounded[key] = .text(index.concentrations[Indicator(rawValue: key)!]?.description)
        }
        #expect(rounded == e["rounded_concentrations"]?.unordered)
        let iaqi = Dictionary(uniqueKeysWithValues: set.indicators.map { ($0.key, JSONNode.int(index.iaqi[$0])) })
        #expect(iaqi == e["iaqi"]?.unordered)
        #expect(.int(index.aqiComputed) == e["aqi_computed"])
        #expect(.int(index.aqi) == e["aqi"])
        #expect(.strings(index.missingIndicators.map(\.key)) == e["missing_indicators"])
        #expect(.int(index.level?.number) == e["level"])
        #expect(.text(index.level?.name) == e["level_name"])
        #expect(.text(index.level?.category) == e["category"])
        #expect(.text(index.level?.colorName) == e["color_name"])
        #expect(.ints(index.level?.rgb) == e["rgb"])
        #expect(.text(index.level?.hex) == e["hex"])
        #expect(.strings(index.primaryPollutants?.map(\.label)) == e["primary_pollutants"])
        #expect(.strings(index.primaryIndicators?.map(\.key)) == e["primary_indicators"])
        #expect(.strings(index.iaqiOver100.map(\.label)) == e["iaqi_over_100"])
        #expect(.strings(index.rulesApplied.map(\.text)) == e["rules_applied"] ?? .array([]))
    }

    @Test(arguments: cases.filter { $0.standard == "EPA-2024" && $0.report == "daily" })
    func epaCase(_ vector: VectorCase) throws {
        var values: [Indicator: ExactDecimal] = [:]
        for (key, text) in vector.inputs {
            values[try #require(Indicator(rawValue: key))] = try ExactDecimal(parsing: try #require(text))
        }
        let index = EPAIndex(values: values)
        let e = vector.expected.unordered
        #expect(
            index.truncated.reduce(into: [String: JSONNode]()) { $0[$1.key.key] = .string($1.value.description) }
                == e["truncated"]?.unordered)
        #expect(
            index.index.reduce(into: [String: JSONNode]()) { $0[$1.key.key] = .int($1.value) } == e["index"]?.unordered)
        #expect(.int(index.aqi) == e["aqi"])
        #expect(.strings(index.mainPollutants.map(\.label)) == e["main_pollutants"])
        #expect(.text(index.category?.name) == e["category"])
        #expect(.text(index.category?.colorName) == e["color_name"])
        #expect(.ints(index.category?.rgb) == e["rgb"])
    }

    @Test(arguments: cases.filter { $0.report == "nowcast_pm2_5" })
    func nowcastCase(_ vector: VectorCase) throws {
        let hours = try vector.nowcastHours.map { try $0.map { try ExactDecimal(parsing: $0) } }
        let nowcast = NowCast(mostRecentFirst: hours)
        let e = vector.expected.unordered
        #expect(.text(nowcast?.value.description) == e["nowcast"])
        #expect(.int(nowcast?.aqi) == e["aqi"])
        if let exact = e["nowcast_exact"] {
            #expect(.text(nowcast?.exact.description) == exact)
            #expect(.text(nowcast?.category?.name) == e["category"])
            #expect(.ints(nowcast?.category?.rgb) == e["rgb"])
        }
    }
}
