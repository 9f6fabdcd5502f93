import AQI
import Formats

/// Renders an area's whole site in memory (ARCHITECTURE.md, Output): the pages of every day
/// and revision, the month and year pages, the index, `history.csv` and the feed, plus the pages
/// other modules contributed. Pure and deterministic: the same content gives the same bytes.
public func renderSite(_ content: SiteContent) throws(SiteError) -> [RenderedFile] {
    try content.validate()
    let identity = content.identity
    let days = try BulletinDay.group(content.bulletins)
    let latest = days.map(\.latest)
    // The days are independent: rendered on every core, in day order.
    var files = parallelMap(days.count) { n in
        let day = days[n]
        var files: [RenderedFile] = []
        let revisions = day.revisions.map(\.revision)
        let newest = day.latest.revision.number
        for doc in day.revisions {
            let isCurrent = doc.revision.number == newest
            for language in Language.allCases {
                files.append(
                    RenderedFile(
                        path: BulletinPage.path(doc, language, isCurrent: isCurrent),
                        text: doc.html(language, revisions: revisions, latest: newest)))
            }
            files.append(
                RenderedFile(
                    path: SitePaths.json(day.date, revision: isCurrent ? nil : doc.revision.number), text: doc.json()))
        }
        files.append(RenderedFile(path: SitePaths.text(day.date), text: day.latest.plainText()))
        return files
    }.flatMap { $0 }
    for key in Set(latest.map { $0.date.year * 100 + $0.date.month }).sorted() {
        let (year, month) = (key / 100, key % 100)
        let stem = SitePaths.monthStem(year: year, month: month)
        files.append(
            RenderedFile(
                path: stem + ".html",
                text: PageTemplates.render(
                    "month", MonthPage(year: year, month: month, documents: latest, identity: identity))))
        files.append(
            RenderedFile(
                path: stem + ".json",
                text: MonthJSON.render(year: year, month: month, documents: latest, identity: identity)))
    }
    for year in Set(latest.map(\.date.year)).sorted() {
        files.append(
            RenderedFile(
                path: SitePaths.yearPage(year),
                text: PageTemplates.render("year", YearPage(year: year, documents: latest, identity: identity))))
    }
    files.append(
        RenderedFile(
            path: SitePaths.index, text: PageTemplates.render("index", IndexPage(documents: latest, identity: identity))
        ))
    files.append(RenderedFile(path: SitePaths.history, text: HistoryCSV.render(latest)))
    let entries = days.map { FeedEntry.bulletin($0, idAuthority: content.idAuthority) } + content.extraEntries
    files += AtomFeed.render(
        entries,
        info: AtomFeed.Info(
            id: "tag:\(content.idAuthority):airbulletin/\(identity.area.code)/feed",
            title: "\(identity.area.name)空气质量与信息公开", author: identity.issuer.name, baseURL: content.baseURL,
            generatedAt: content.generatedAt))
    let generated = Set(files.map(\.path))
    for page in content.extraPages where generated.contains(page.path) {
        throw SiteError("extra page \"\(page.path)\" would replace a page the publisher writes")
    }
    files += content.extraPages
    return files.sorted { $0.path < $1.path }
}

extension SiteContent {
    /// Checks what the pages and the feed rely on, naming the offending value.
    func validate() throws(SiteError) {
        // The one rule for both values (SiteAddress, TagAuthority): the configuration parses them
        // with it at load, so a value it accepted never fails here after a fetch.
        guard SiteAddress.isAddress(baseURL) else {
            throw SiteError(
                "base URL \"\(baseURL)\" must be an absolute http(s) URL ending in \"/\", e.g. https://example.gov.cn/air/")
        }
        guard TagAuthority.isTaggingEntity(idAuthority) else {
            throw SiteError(
                "id authority \"\(idAuthority)\" must be a domain and a date, e.g. ynws.gov.cn,2025 (RFC 4151)")
        }
        for doc in bulletins where doc.area.code != identity.area.code {
            throw SiteError(
                "the bulletin of \(doc.date) is for area \(doc.area.code), not \(identity.area.code) (one site per area)"
            )
        }
        var ids = Set<String>()
        for entry in extraEntries {
            guard ids.insert(entry.id).inserted else { throw SiteError("feed entry id \"\(entry.id)\" appears twice") }
            guard entry.id.contains(":"), !entry.id.unicodeScalars.contains(where: { $0.value <= 0x20 }) else {
                throw SiteError("feed entry id \"\(entry.id)\" is not a URI (e.g. tag:example.gov.cn,2025:notice/1)")
            }
            let link = entry.link
            let absolute = link.hasPrefix("https://") || link.hasPrefix("http://")
            if !absolute, let problem = SitePaths.problem(with: link) {
                throw SiteError("feed entry \"\(entry.id)\": link \(problem)")
            }
            if entry.updated < entry.published {
                throw SiteError("feed entry \"\(entry.id)\": updated is earlier than published")
            }
        }
        for page in extraPages {
            if let problem = SitePaths.problem(with: page.path) { throw SiteError("extra page: \(problem)") }
        }
    }
}
