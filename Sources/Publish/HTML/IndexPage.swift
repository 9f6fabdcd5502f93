import AQI

/// `index.html`: the latest bulletin, a strip of the last 30 days, links to every month and year.
struct IndexPage: Sendable {
    struct Latest: Sendable {
        let card: BulletinPage.Card
        let latestHeading: String
        let latestSummary: String
        let latestHref: String
        let latestEnglishHref: String
        let latestRevision: String?
    }

    struct StripDay: Sendable {
        let stripHref: String?
        let stripDay: String
        let stripAQI: String
        let stripBackground: String
        let stripInk: String
        let stripTitle: String
    }

    struct Link: Sendable {
        let linkHref: String
        let linkText: String
    }

    static let stripDays = 30

    let frame: PageFrame
    let heading: String
    let latest: Latest?
    let stripHeading: String
    let strip: [StripDay]
    let months: [Link]
    let years: [Link]

    /// - Parameter documents: the latest revision of every published day, any order.
    init(documents: [BulletinDocument], identity: SiteIdentity) {
        let area = identity.area.name
        let byDate = Dictionary(documents.map { ($0.date, $0) }) { a, _ in a }
        let newest = documents.max { $0.date < $1.date }
        frame = PageFrame(
            language: .chinese, pageTitle: "\(area)空气质量", root: "", content: identity,
            nav: newest.map {
                [.init(navHref: SitePaths.dayPage($0.date, .english), navText: "English", navLang: "en")]
            } ?? [])
        heading = "\(area)空气质量"
        latest = newest.map { doc in
            Latest(
                card: BulletinPage.card(doc.city, .chinese), latestHeading: "\(doc.date.chinese) 空气质量日报",
                latestSummary: doc.summaryLine(), latestHref: SitePaths.dayPage(doc.date, .chinese),
                latestEnglishHref: SitePaths.dayPage(doc.date, .english),
                latestRevision: doc.revision.number > 1 ? "第\(doc.revision.number)版：\(doc.revision.reason ?? "")" : nil)
        }
        let end = newest?.date ?? LocalDate(year: 1970, month: 1, day: 1)
        strip = (0..<(newest == nil ? 0 : IndexPage.stripDays)).reversed().map { back in
            let date = end.adding(days: -back)
            guard let doc = byDate[date] else {
                return StripDay(
                    stripHref: nil, stripDay: "\(date.month)/\(date.day)", stripAQI: "—", stripBackground: "#FFFFFF",
                    stripInk: "#555555", stripTitle: "\(date.chinese) 未发布")
            }
            let level = doc.city.level
            let aqi = doc.city.aqi.map(String.init) ?? "NA"
            return StripDay(
                stripHref: SitePaths.dayPage(date, .chinese), stripDay: "\(date.month)/\(date.day)", stripAQI: aqi,
                stripBackground: level?.hex ?? "#E4E7EA", stripInk: level?.foregroundHex ?? "#1B1B1B",
                stripTitle: "\(date.chinese) AQI \(aqi)" + (level.map { " \($0.category)" } ?? ""))
        }
        stripHeading = "最近\(IndexPage.stripDays)天"
        let monthKeys = Set(documents.map { $0.date.year * 100 + $0.date.month }).sorted(by: >)
        months = monthKeys.map { key in
            Link(
                linkHref: SitePaths.monthStem(year: key / 100, month: key % 100) + ".html",
                linkText: Wording.month(year: key / 100, month: key % 100, .chinese))
        }
        years = Set(documents.map(\.date.year)).sorted(by: >).map {
            Link(linkHref: SitePaths.yearPage($0), linkText: "\($0)年")
        }
    }
}
