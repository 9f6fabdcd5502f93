import AQI

/// The bulletin page of one revision of one area-day, in one language (HJ 633—2026 §5.1,
/// Tables 4–5): the view the `bulletin` template renders.
struct BulletinPage: Sendable {
    struct Card: Sendable {
        let aqiText: String
        let categoryText: String
        let levelLine: String
        let primaryLine: String
        let background: String
        let foreground: String
    }

    struct Advice: Sendable {
        let health: String
        let measures: String
    }

    struct Banner: Sendable {
        let bannerText: String
        let bannerHref: String
        let bannerLink: String
    }

    struct Link: Sendable {
        let linkHref: String
        let linkText: String
    }

    let frame: PageFrame
    let l: BulletinLabels
    let heading: String
    let periodText: String
    let banner: Banner?
    let card: Card
    let cityNotes: [String]
    let advice: Advice?
    let showSensitive: Bool
    let sensitiveRows: [SensitiveRow]
    let hasSensitiveRows: Bool
    let exceedingText: String?
    let indicatorRows: [IndicatorRow]
    let chart: HourlyChart
    let hourRows: [HourRow]
    let stationRows: [StationRow]
    let hasStations: Bool
    /// Why a station's indicator is NA, e.g. "市便民服务中心（2611A）PM10 日平均：…维护（M）10小时".
    let stationNotes: [String]
    let about: [MetaRow]
    let revisionRows: [RevisionRow]
    let downloads: [Link]

    /// - Parameters:
    ///   - revisions: every revision of the day, for the list of links.
    ///   - latest: the day's latest revision number (this page is the current one when equal).
    init(_ doc: BulletinDocument, language: Language, revisions: [RevisionInfo], latest: Int) {
        let zh = language == .chinese
        let l = zh ? BulletinLabels.chinese : BulletinLabels.english
        let isCurrent = doc.revision.number == latest
        let areaName = zh ? doc.area.name : doc.area.englishName
        let dateText = Wording.date(doc.date, language)
        let other: Language = zh ? .english : .chinese
        let selfPath = BulletinPage.path(doc, language, isCurrent: isCurrent)
        let otherPath = BulletinPage.path(doc, other, isCurrent: isCurrent)
        let identity = SiteIdentity(area: doc.area, issuer: doc.issuer)
        let month = SitePaths.monthStem(year: doc.date.year, month: doc.date.month) + ".html"
        frame = PageFrame(
            language: language,
            pageTitle: zh ? "\(dateText) \(areaName)空气质量日报" : "\(areaName) daily air quality, \(dateText)",
            root: "../../", content: identity,
            nav: [
                .init(navHref: "../../\(month)", navText: zh ? "月报" : "Month (中文)", navLang: nil),
                .init(
                    navHref: "../../" + SitePaths.yearPage(doc.date.year), navText: zh ? "年报" : "Year (中文)",
                    navLang: nil),
                .init(navHref: SitePaths.fileName(otherPath), navText: l.otherLanguage, navLang: other.tag),
            ],
            alternates: [
                .init(alternateLang: language.tag, alternateHref: SitePaths.fileName(selfPath)),
                .init(alternateLang: other.tag, alternateHref: SitePaths.fileName(otherPath)),
            ])
        self.l = l
        heading = zh ? "\(areaName)空气质量日报" : "\(areaName) Daily Air Quality Bulletin"
        periodText = zh ? "\(dateText)（01时—24时，北京时间）" : "\(dateText) (01:00–24:00 China Standard Time)"
        banner =
            isCurrent
            ? nil
            : Banner(
                bannerText: zh
                    ? "此为第\(doc.revision.number)版，已被第\(latest)版取代。"
                    : "This is revision \(doc.revision.number); it was superseded by revision \(latest).",
                bannerHref: SitePaths.fileName(SitePaths.dayPage(doc.date, language)),
                bannerLink: zh ? "查看最新版" : "See the current bulletin")
        card = BulletinPage.card(doc.city, language)
        cityNotes = BulletinPage.cityNotes(doc, language)
        advice = doc.city.level.map {
            Advice(
                health: zh ? $0.healthEffect(doc.standard) : $0.englishHealthEffect(doc.standard),
                measures: zh ? $0.measures(doc.standard) : $0.englishMeasures(doc.standard))
        }
        showSensitive = doc.standard == .hj633_2026
        sensitiveRows = showSensitive ? SensitiveRow.rows(doc.city.iaqiOver100, language) : []
        hasSensitiveRows = !sensitiveRows.isEmpty
        exceedingText =
            doc.standard == .hj633_2012 && !doc.city.iaqiOver100.isEmpty
            ? "\(l.exceeding)\(zh ? "：" : ": ")\(Wording.pollutants(doc.city.iaqiOver100, language))" : nil
        indicatorRows = doc.city.indicators.map { IndicatorRow($0, language) }
        chart = HourlyChart(
            hours: doc.hourly, title: zh ? "\(areaName) \(dateText) 逐小时AQI" : "\(areaName) hourly AQI, \(dateText)",
            language: language)
        hourRows = doc.hourly.map { HourRow($0, language) }
        stationRows = doc.stations.map { StationRow($0, language, labels: l) }
        hasStations = !stationRows.isEmpty
        stationNotes = doc.stations.flatMap { s in
            s.indicators.compactMap { i in
                i.invalidReason.map {
                    let place = zh ? "\(s.name)（\(s.code)）" : "\(s.name) (\(s.code)) "
                    let indicator = Wording.indicatorName(i.indicator, language)
                    return "\(place)\(indicator)\(zh ? "：" : ": ")\(Wording.reason($0, language))"
                }
            }
        }
        about = BulletinPage.about(doc, language, labels: l)
        revisionRows = revisions.sorted { $0.number > $1.number }.map { r in
            RevisionRow(r, date: doc.date, language: language, latest: latest, shown: doc.revision.number)
        }
        var downloads = [
            Link(
                linkHref: SitePaths.fileName(SitePaths.json(doc.date, revision: isCurrent ? nil : doc.revision.number)),
                linkText: "JSON")
        ]
        if isCurrent {
            downloads.append(
                Link(linkHref: SitePaths.fileName(SitePaths.text(doc.date)), linkText: zh ? "纯文本" : "Plain text"))
        }
        self.downloads = downloads
    }

    /// The page's path in the site.
    static func path(_ doc: BulletinDocument, _ language: Language, isCurrent: Bool) -> String {
        isCurrent
            ? SitePaths.dayPage(doc.date, language)
            : SitePaths.revisionPage(doc.date, revision: doc.revision.number, language)
    }
}
