import AQI
import Identity

/// One area of a multi-area site, as its directory page takes it.
public struct AreaDirectoryInput: Sendable {
    public var identity: SiteIdentity
    /// Every published revision of the area's days, in any order; the page reads the latest
    /// revision of each day, as the area's own pages do.
    public var documents: [BulletinDocument]

    public init(identity: SiteIdentity, documents: [BulletinDocument]) {
        self.identity = identity
        self.documents = documents
    }
}

/// Renders `index.html` of a multi-area site (a province): every area ranked by AQI on the latest
/// day any of them published, and that month's ranking by composite index with the change on
/// the same days of last year, each area linking to its own site in `<area code>/`.
///
/// - Parameter issuer: the body that publishes the multi-area site (the province's department).
public func renderAreaDirectory(issuer: Issuer, areas: [AreaDirectoryInput]) throws(SiteError) -> RenderedFile {
    var codes = Set<AreaCode>()
    var latest: [DirectoryPage.Area] = []
    for area in areas {
        let code = area.identity.area.code
        guard codes.insert(code).inserted else { throw SiteError("area \(code) appears twice in the directory") }
        for doc in area.documents where doc.area.code != code {
            throw SiteError("the bulletin of \(doc.date) is for area \(doc.area.code), not \(code)")
        }
        do {
            latest.append(
                .init(identity: area.identity, documents: try BulletinDay.group(area.documents).map(\.latest)))
        } catch {
            throw SiteError("area \(code): \(error.message)")
        }
    }
    let page = DirectoryPage(issuer: issuer, areas: latest)
    return RenderedFile(path: SitePaths.index, text: PageTemplates.render("directory", page))
}
