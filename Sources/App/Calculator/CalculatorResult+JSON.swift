import AQI
import Formats

extension CalculatorResult {
    /// One JSON object with the field names of the vectors' `expected` (aqi-standards.md §7.1),
    /// after `standard` and `report`, in a fixed order.
    public func json(standard: Standard, report: String, id: String? = nil) -> String {
        var w = JSONWriter()
        w.beginObject()
        if let id { w.field("id", id) }
        w.field("standard", standard.id)
        w.field("report", report)
        switch self {
        case .china(let index, let order): Self.writeChina(index, order: order, to: &w)
        case .epa(let index): Self.writeEPA(index, to: &w)
        case .nowcast(let nowcast): Self.writeNowCast(nowcast, to: &w)
        }
        w.endObject()
        return w.text
    }

    private static func writeChina(_ index: ChinaIndex, order: [Indicator], to w: inout JSONWriter) {
        w.key("rounded_concentrations")
        w.beginObject()
        for key in order { w.field(key.key, index.concentrations[key]?.description) }
        w.endObject()
        w.key("iaqi")
        w.beginObject()
        for key in index.indicatorSet.indicators { w.field(key.key, index.iaqi[key]) }
        w.endObject()
        w.field("aqi_computed", index.aqiComputed)
        w.field("aqi", index.aqi)
        w.field("level", index.level?.number)
        w.field("level_name", index.level?.name)
        w.field("category", index.level?.category)
        w.field("color_name", index.level?.colorName)
        w.field("rgb", ints: index.level?.rgb)
        w.field("hex", index.level?.hex)
        w.field("primary_pollutants", strings: index.primaryPollutants?.map(\.label))
        w.field("primary_indicators", strings: index.primaryIndicators?.map(\.key))
        w.field("iaqi_over_100", strings: index.iaqiOver100.map(\.label))
        w.field("missing_indicators", strings: index.missingIndicators.map(\.key))
        if !index.rulesApplied.isEmpty { w.field("rules_applied", strings: index.rulesApplied.map(\.text)) }
    }

    private static func writeEPA(_ index: EPAIndex, to w: inout JSONWriter) {
        let order = EPAIndex.acceptedKeys
        w.key("truncated")
        w.beginObject()
        for key in order { if let t = index.truncated[key] { w.field(key.key, t.description) } }
        w.endObject()
        w.key("index")
        w.beginObject()
        for key in order { if let i = index.index[key] { w.field(key.key, i) } }
        w.endObject()
        w.field("aqi", index.aqi)
        w.field("main_pollutants", strings: index.mainPollutants.map(\.label))
        w.field("category", index.category?.name)
        w.field("color_name", index.category?.colorName)
        w.field("rgb", ints: index.category?.rgb)
    }

    private static func writeNowCast(_ nowcast: NowCast?, to w: inout JSONWriter) {
        w.field("nowcast_exact", nowcast?.exact.description)
        w.field("nowcast", nowcast?.value.description)
        w.field("aqi", nowcast?.aqi)
        w.field("category", nowcast?.category?.name)
        w.field("rgb", ints: nowcast?.category?.rgb)
    }
}
