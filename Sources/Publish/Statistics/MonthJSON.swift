import AQI
import Formats

/// `months/YYYY-MM.json`: the month page's numbers for machines (docs/bulletin-json.md,
/// "Month summary").
enum MonthJSON {
    static let schema = "airbulletin.month/1"

    static func render(year: Int, month: Int, documents: [BulletinDocument], identity: SiteIdentity) -> String {
        let first = LocalDate(year: year, month: month, day: 1)
        let summaries = documents.filter { $0.date.year == year }.map(DaySummary.init)
        let inMonth = documents.filter { $0.date.year == year && $0.date.month == month }.sorted { $0.date < $1.date }
        var w = JSONWriter(indentation: 2)
        w.beginObject()
        w.field("schema", schema)
        w.key("area")
        w.beginObject()
        w.field("code", identity.area.code.rawValue)
        w.field("name", identity.area.name)
        w.field("name_en", identity.area.englishName)
        w.endObject()
        w.field("month", String(SitePaths.monthStem(year: year, month: month).dropFirst("months/".count)))
        w.key("period")
        write(PeriodStatistics(first: first, last: first.lastOfMonth, days: summaries), to: &w)
        w.key("year_to_date")
        write(
            PeriodStatistics(first: LocalDate(year: year, month: 1, day: 1), last: first.lastOfMonth, days: summaries),
            to: &w)
        w.key("polluted_days")
        w.beginArray()
        for doc in inMonth where (doc.city.level?.number ?? 0) >= 3 {
            w.beginObject()
            w.field("date", doc.date.description)
            w.field("aqi", doc.city.aqi)
            w.field("level", doc.city.level?.number)
            w.field("category", doc.city.level?.category)
            w.key("primary")
            w.beginArray()
            for i in doc.city.primaryIndicators ?? [] {
                w.beginObject()
                w.field("indicator", i.key)
                w.key("concentration")
                if let c = doc.city.indicator(i)?.concentration { w.number(c.description) } else { w.null() }
                w.endObject()
            }
            w.endArray()
            w.endObject()
        }
        w.endArray()
        w.key("days")
        w.beginArray()
        for doc in inMonth {
            w.beginObject()
            w.field("date", doc.date.description)
            w.field("aqi", doc.city.aqi)
            w.field("level", doc.city.level?.number)
            w.field("revision", doc.revision.number)
            w.endObject()
        }
        w.endArray()
        w.endObject()
        return w.text + "\n"
    }

    static func write(_ s: PeriodStatistics, to w: inout JSONWriter) {
        w.beginObject()
        w.field("first", s.first.description)
        w.field("last", s.last.description)
        w.field("calendar_days", s.calendarDays)
        w.field("days_monitored", s.daysMonitored)
        w.field("days_valid", s.daysValid)
        w.field("days_per_level", ints: s.daysPerLevel)
        w.field("good_days", s.goodDays)
        w.field("good_rate", s.goodRate?.description)
        w.field("good_rate_percent", s.goodRate.map(PeriodFormat.percent))
        w.key("values")
        w.beginArray()
        let values: [(Pollutant, String, PeriodValue?)] = [
            (.so2, "mean", s.means[.so2]), (.no2, "mean", s.means[.no2]), (.co, "mean", s.means[.co]),
            (.co, "p95", s.coPercentile95), (.o3, "mean", s.means[.o3]), (.o3, "p90", s.o3Percentile90),
            (.pm10, "mean", s.means[.pm10]), (.pm2_5, "mean", s.means[.pm2_5]),
        ]
        for (pollutant, statistic, value) in values {
            w.beginObject()
            w.field("pollutant", pollutant.label)
            w.field("statistic", statistic)
            w.key("value")
            if let value { w.number(PeriodFormat.concentration(value.value, pollutant)) } else { w.null() }
            w.field("exact", value?.value.description)
            w.field("unit", pollutant.unit)
            w.field("days", value?.days ?? 0)
            w.field("required_days", value?.requiredDays)
            w.field("complete", value?.isComplete ?? false)
            w.endObject()
        }
        w.endArray()
        w.key("composite_index")
        if let c = s.compositeIndex {
            w.beginObject()
            w.field("value", PeriodFormat.composite(c.value))
            w.field("exact", c.value.description)
            w.field("limits", c.limits.name)
            w.endObject()
        } else {
            w.null()
        }
        w.endObject()
    }
}
